// Applies content/errors/context-rules.ts: inferences from several fields at once ("server 127.0.0.1",
// "SMTP on port 25 timed out"). The rule table is data; this file only checks its conditions.
import { errorCatalog } from "@/content/errors";
import type { ParsedFields } from "@/lib/api/schema";
import type { ContextRule, Failure } from "@/lib/content/error-catalog-schema";
import { CONTEXT_SPECIFICITY } from "./strength";
import type { Finding } from "./types";

/** 127.x.x.x is all "this computer", like 127.0.0.1. */
function normalHost(server: string | null): string | null {
  if (!server) return null;
  const host = server.toLowerCase().replace(/^\[|\]$/g, "");
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) ? "127.0.0.1" : host;
}

function holds(rule: ContextRule, fields: ParsedFields, failures: ReadonlySet<Failure>): boolean {
  const { when } = rule;
  const host = normalHost(fields.server);
  return (
    (!when.serverIn || (host !== null && when.serverIn.includes(host))) &&
    (!when.portIn || (fields.port !== null && when.portIn.includes(fields.port))) &&
    (!when.protocol || fields.protocol === when.protocol) &&
    (when.secure === undefined || fields.secure === when.secure) &&
    (!when.failureIn || when.failureIn.some((f) => failures.has(f)))
  );
}

const rawOf: Record<ContextRule["about"], (f: ParsedFields) => string> = {
  server: (f) => f.server ?? "",
  port: (f) => String(f.port ?? ""),
  protocol: (f) => f.protocol ?? "",
  secure: (f) => (f.secure ? "SSL" : "no SSL"),
};

export function applyContextRules(fields: ParsedFields, findings: readonly Finding[]): Finding[] {
  const failures = new Set(findings.flatMap((f) => (f.failure ? [f.failure] : [])));
  return errorCatalog.contextRules
    .filter((rule) => holds(rule, fields, failures))
    .map((rule) => ({
      kind: rule.about,
      raw: rawOf[rule.about](fields),
      meaning: rule.meaning,
      index: -1,
      tier: "context" as const,
      causes: rule.causes,
      strength: CONTEXT_SPECIFICITY,
      supersedes: rule.supersedes,
    }));
}
