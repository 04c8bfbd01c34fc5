// Inside a bounce each part is read as a postmaster reads it: codes and phrases take their bounce reading
// (content/errors: `bounce` on a row), and each part is the remote server's verdict about the recipient
// ("host mx… said: 550 5.1.1 …", Diagnostic-Code) or the reporting system's own summary (the Subject, the
// Status field, "554 5.0.0 Service unavailable"). rank.ts lets a clear remote verdict outweigh the summary.
import type { CauseVotes } from "@/lib/content/error-catalog-schema";
import type { Finding } from "../types";
import { inSpans, type Span } from "./zones";

function aboutTheSender(causes: CauseVotes): CauseVotes {
  const { "recipient-unknown": recipient, ...rest } = causes;
  if (recipient === undefined) return causes;
  return { ...rest, "sender-not-allowed": Math.max(recipient, rest["sender-not-allowed"] ?? 0) };
}

export function readAsBounce(
  findings: readonly Finding[],
  spans: readonly Span[],
  atMailFrom: boolean,
): Finding[] {
  return findings.map((f) => {
    const voice: Finding["voice"] =
      f.tier === "context" ? undefined : inSpans(spans, f.index) ? "remote" : "local";
    const read = f.bounce
      ? {
          ...f,
          voice,
          meaning: f.bounce.meaning ?? f.meaning,
          causes: f.bounce.causes,
          supersedes: f.bounce.supersedes,
        }
      : { ...f, voice };
    return atMailFrom ? { ...read, causes: aboutTheSender(read.causes) } : read;
  });
}
