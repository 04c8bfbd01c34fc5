// A validated /api/diagnose request → what to check, or why not. Refused here, before any lookup:
// IP literals, single labels, special-use names, bad names and ports outside SPEC §6. A server named in
// the request or the pasted text that is refused (an antivirus proxy on 127.0.0.1, port 1110) is evidence
// (SPEC §6): it is reported in `start.refused` and the rest is checked. Only a request with nothing left
// to check is refused as a whole.
import "server-only";
import type { DiagnoseRequest } from "@/lib/api/schema";
import type { CheckTargets } from "./run-check";
import { serversFromText } from "./servers-from-text";
import { normalizeMailDomain, normalizeServer, type Refusal, type ServerTarget } from "./target-input";
import { budgets } from "./budgets";

export type Refused = Refusal;
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
  const refused: Refused[] = [];
  for (const server of [...(request.servers ?? []), ...(request.text ? serversFromText(request.text) : [])]) {
    const verdict = normalizeServer(server);
    if (verdict.server) servers.push(verdict.server);
    if (verdict.refused && !refused.some((r) => r.input === verdict.refused?.input))
      refused.push(verdict.refused);
  }
  const unique = servers
    .filter((s, i) => servers.findIndex((t) => t.host === s.host) === i)
    .slice(0, budgets.maxServers);
  if (!domain && unique.length === 0)
    return { ok: false, refused: refused[0] ?? { input: "", reason: "empty" } };
  return { ok: true, targets: { domain, servers: unique }, refused };
}
