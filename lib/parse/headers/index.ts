// Pasted message headers: the Received chain (hops, the delay at each, TLS per hop), the authentication
// verdicts (SPF, DKIM, DMARC, ARC) and the spam verdict headers, as a small report for the decoded panel
// and as findings for the ranking (sender-domain-unauthenticated, spam-rejected, greylisted, slow hop).
import { errorCatalog } from "@/content/errors";
import type { NormalizedText } from "../normalize";
import type { Finding } from "../types";
import { readHeaderFields } from "./fields";
import { readReceivedChain, type Hop } from "./received";
import {
  authFindings,
  readAuthVerdicts,
  readSpamVerdicts,
  spamFindings,
  type AuthVerdict,
  type SpamVerdict,
} from "./verdicts";

export type { Hop } from "./received";
export type { AuthVerdict, SpamVerdict } from "./verdicts";

export type HeaderReport = { hops: Hop[]; auth: AuthVerdict[]; spam: SpamVerdict[] };

const wanted = new Set([
  "received",
  "authentication-results",
  "arc-authentication-results",
  "received-spf",
  ...errorCatalog.headerVerdicts.spam.map((r) => r.header),
]);
const { headerVerdicts } = errorCatalog;
const DELAY_STRENGTH = 0.5;

function delayFindings(hops: readonly Hop[]): Finding[] {
  return hops.flatMap((hop) => {
    const delay = hop.delaySeconds;
    if (delay === null || delay < headerVerdicts.slowHopSeconds) return [];
    const row =
      delay <= headerVerdicts.greylistMaxSeconds
        ? headerVerdicts.slowHop.greylist
        : headerVerdicts.slowHop.queued;
    const minutes = Math.round(delay / 60);
    return [
      {
        kind: "hopDelay" as const,
        raw: `${hop.by ?? "?"} +${minutes} min`,
        meaning: row.meaning,
        index: -1,
        tier: "response" as const,
        causes: row.causes,
        strength: DELAY_STRENGTH,
      },
    ];
  });
}

/** Null when the text holds no Received or verdict header (a plain error message). */
export function readHeaders(input: NormalizedText): { report: HeaderReport; findings: Finding[] } | null {
  const { lower } = input;
  if (!lower.includes("received:") && !lower.includes("authentication-results:") && !lower.includes("x-spam"))
    return null;
  const fields = readHeaderFields(input, wanted);
  if (fields.length === 0) return null;
  const hops = readReceivedChain(fields);
  const auth = readAuthVerdicts(fields);
  const spam = readSpamVerdicts(fields);
  return {
    report: { hops, auth, spam },
    findings: [...authFindings(auth), ...spamFindings(spam, fields), ...delayFindings(hops)],
  };
}
