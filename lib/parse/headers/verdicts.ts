// Authentication-Results / ARC-Authentication-Results / Received-SPF verdicts and spam-filter verdict
// headers, turned into findings with the meanings and causes of content/errors/header-verdicts.ts.
import { errorCatalog } from "@/content/errors";
import type { Finding } from "../types";
import type { HeaderField } from "./fields";

export type AuthVerdict = { method: string; result: string; index: number };
export type SpamVerdict = { header: string; value: string; spam: boolean; index: number };

const { headerVerdicts } = errorCatalog;
const AUTH_STRENGTH = 0.75;
const SPAM_STRENGTH = 0.75;
const authPair = /\b(spf|dkim|dmarc|arc)=(pass|fail|softfail|neutral|none|permerror|temperror)\b/gi;

/** The receiving side's verdicts: the topmost (newest) Authentication-Results decides for each method. */
export function readAuthVerdicts(fields: readonly HeaderField[]): AuthVerdict[] {
  const seen = new Set<string>();
  const verdicts: AuthVerdict[] = [];
  for (const f of fields) {
    if (f.name === "received-spf") {
      const result = /^(pass|fail|softfail|neutral|none|permerror|temperror)\b/i.exec(f.value)?.[1];
      if (result && !seen.has("spf")) {
        seen.add("spf");
        verdicts.push({ method: "spf", result: result.toLowerCase(), index: f.index });
      }
      continue;
    }
    if (f.name !== "authentication-results" && f.name !== "arc-authentication-results") continue;
    for (const m of f.value.matchAll(authPair)) {
      const method = (m[1] ?? "").toLowerCase();
      if (seen.has(method)) continue;
      seen.add(method);
      verdicts.push({ method, result: (m[2] ?? "").toLowerCase(), index: f.index });
    }
  }
  return verdicts;
}

/** The verdict row for a spam header's (lower-case) value: "Yes, score=…" starts the value, "SFV:SPM" is inside it. */
const spamRow = (header: string, value: string) =>
  headerVerdicts.spam.find(
    (r) =>
      r.header === header &&
      (r.startsWith === undefined || value.trimStart().startsWith(r.startsWith)) &&
      (r.contains === undefined || value.includes(r.contains)),
  );

export function readSpamVerdicts(fields: readonly HeaderField[]): SpamVerdict[] {
  const verdicts: SpamVerdict[] = [];
  for (const f of fields) {
    const value = f.value.toLowerCase();
    const row = spamRow(f.name, value);
    if (row)
      verdicts.push({
        header: f.name,
        value: f.value.slice(0, 120),
        spam: Object.keys(row.causes).length > 0,
        index: f.index,
      });
  }
  return verdicts;
}

export function authFindings(verdicts: readonly AuthVerdict[]): Finding[] {
  return verdicts.flatMap(({ method, result, index }) => {
    const row = headerVerdicts.auth.find((r) => r.method === method && r.results.includes(result as never));
    if (!row) return [];
    return [
      {
        kind: "authResult" as const,
        raw: `${method}=${result}`,
        meaning: row.meaning,
        index,
        tier: "response" as const,
        causes: row.causes,
        strength: AUTH_STRENGTH,
      },
    ];
  });
}

export function spamFindings(verdicts: readonly SpamVerdict[], fields: readonly HeaderField[]): Finding[] {
  return verdicts.flatMap(({ header, index }) => {
    const value = fields.find((f) => f.index === index)?.value.toLowerCase() ?? "";
    const row = spamRow(header, value);
    if (!row) return [];
    return [
      {
        kind: "spamVerdict" as const,
        raw: `${header}: ${value.split(/[;,]/, 1)[0]?.slice(0, 40) ?? ""}`,
        meaning: row.meaning,
        index,
        tier: "response" as const,
        causes: row.causes,
        strength: SPAM_STRENGTH,
      },
    ];
  });
}
