// Inside a bounce each part is read as a postmaster reads it: codes and phrases take their bounce reading
// (content/errors: `bounce` on a row), and each part is the remote server's verdict about the recipient
// ("host mx… said: 550 5.1.1 …", Diagnostic-Code) or the reporting system's own summary (the Subject, the
// Status field, "554 5.0.0 Service unavailable"). rank.ts lets a clear remote verdict outweigh the summary.
import type { Finding } from "../types";
import { inSpans, type Span } from "./zones";

export function readAsBounce(findings: readonly Finding[], spans: readonly Span[]): Finding[] {
  return findings.map((f) => {
    const voice = f.tier === "context" ? undefined : inSpans(spans, f.index) ? "remote" : "local";
    if (!f.bounce) return { ...f, voice };
    const { meaning, causes, supersedes } = f.bounce;
    return { ...f, voice, meaning: meaning ?? f.meaning, causes, supersedes };
  });
}
