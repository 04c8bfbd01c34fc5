// A validated /api/diagnose request → what to check, or why not. Refused here, before any lookup:
// IP literals, single labels, special-use names, bad names and ports outside SPEC §6.
import "server-only";
import type { DiagnoseRequest } from "@/lib/api/schema";
import type { CheckTargets } from "./run-check";
import { serversFromText } from "./servers-from-text";
import { normalizeMailDomain, normalizeServer, type RefusalReason, type ServerTarget } from "./target-input";
import { budgets } from "./budgets";

export type Refused = { input: string; reason: RefusalReason };
export type PreparedCheck =
  { ok: true; targets: CheckTargets; refused: Refused[] } | { ok: false; refused: Refused };

export function prepareCheck(request: DiagnoseRequest): PreparedCheck {
  let domain: string | null = null;
  const given = request.domain ?? request.email;
  if (given !== undefined) {
    const verdict = normalizeMailDomain(given);
    if (!verdict.ok) return { ok: false, refused: { input: verdict.input, reason: verdict.reason } };
    domain = verdict.name;
  }
  const servers: ServerTarget[] = [];
  for (const server of request.servers ?? []) {
    const verdict = normalizeServer(server);
    if (!verdict.ok) return { ok: false, refused: { input: verdict.input, reason: verdict.reason } };
    servers.push(verdict.server);
  }
  // Names found in pasted text are only hints: one we will not check becomes a finding, not an error.
  const refused: Refused[] = [];
  for (const server of request.text ? serversFromText(request.text) : []) {
    const verdict = normalizeServer(server);
    if (verdict.ok) servers.push(verdict.server);
    else refused.push({ input: verdict.input, reason: verdict.reason });
  }
  const unique = servers
    .filter((s, i) => servers.findIndex((t) => t.host === s.host) === i)
    .slice(0, budgets.maxServers);
  if (!domain && unique.length === 0)
    return { ok: false, refused: refused[0] ?? { input: "", reason: "empty" } };
  return { ok: true, targets: { domain, servers: unique }, refused };
}
