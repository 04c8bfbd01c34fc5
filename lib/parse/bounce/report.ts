// Who refused what, and why: the recipient, the server that gave the verdict, its reply and the one
// sentence the decoded panel shows (content/errors/bounce-sentences.ts), in both languages.
import { causeTitles } from "@/content/causes";
import { errorCatalog } from "@/content/errors";
import {
  bounceSentences,
  unnamedRecipient,
  type BounceSentenceKind,
} from "@/content/errors/bounce-sentences";
import type { CauseId } from "@/lib/causes";
import type { Bilingual } from "@/lib/i18n/bilingual";
import type { NormalizedText } from "../normalize";
import type { DsnFields } from "./dsn";
import type { Span } from "./zones";

export type BounceReport = {
  /** The address the verdict is about. */
  recipient: string | null;
  /** The server that refused (or deferred) the message, when the report names it. */
  remoteHost: string | null;
  /** RFC 3464 Action: failed, delayed, delivered, relayed, expanded. */
  action: string | null;
  /** RFC 3464 Status (the reporting system's enhanced code). */
  status: string | null;
  /** The remote server's own reply, as the report quotes it. */
  reply: string | null;
  sentence: Bilingual;
};

const hostToken = /^\[?([a-z0-9](?:[a-z0-9-]{0,62}\.)+[a-z]{2,24})\b/;
const addressToken = /[\w.+%-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})+/;
const MAX_HOST_SEARCH = 8;

/** The first host name after one of the lead-ins, in the reply spans first, then anywhere. */
function remoteHostOf(lower: string, dsn: DsnFields, spans: readonly Span[]): string | null {
  const fromDsn = dsn.remoteMta ? hostToken.exec(dsn.remoteMta.value.toLowerCase())?.[1] : undefined;
  if (fromDsn) return fromDsn;
  const spanStart = spans.length > 0 ? Math.max(0, Math.min(...spans.map(([start]) => start)) - 200) : 0;
  for (const marker of errorCatalog.bounceMarkers.hostBefore) {
    let at = lower.indexOf(marker, spanStart);
    for (let tries = 0; at !== -1 && tries < MAX_HOST_SEARCH; tries++) {
      const host = hostToken.exec(lower.slice(at + marker.length, at + marker.length + 80))?.[1];
      if (host && !host.endsWith(".eml")) return host;
      at = lower.indexOf(marker, at + marker.length);
    }
  }
  return null;
}

function recipientOf(input: NormalizedText, dsn: DsnFields): string | null {
  const fromDsn = dsn.finalRecipient ? addressToken.exec(dsn.finalRecipient.value)?.[0] : undefined;
  if (fromDsn) return fromDsn;
  // Bounces put the failed address on its own line or as "<user@example.com>:".
  const m = /(?:^|\n)[ <>"]*([\w.+%-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})+)>?"?:?(?:\n|$)/i.exec(
    input.text,
  );
  return m?.[1] ?? null;
}

function replyOf(input: NormalizedText, dsn: DsnFields, spans: readonly Span[]): string | null {
  if (dsn.diagnosticCode?.value) return dsn.diagnosticCode.value;
  const first = [...spans].sort((a, b) => a[0] - b[0])[0];
  const reply = first ? input.text.slice(first[0], first[1]).replace(/\s+/g, " ").trim() : "";
  return reply.length > 2 ? reply : null;
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (m, key: string) => values[key] ?? m);

const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0]?.toLowerCase() + s.slice(1) : s);

export function describeBounce(
  input: NormalizedText,
  dsn: DsnFields,
  spans: readonly Span[],
  top: CauseId | undefined,
): BounceReport {
  const recipient = recipientOf(input, dsn);
  const remoteHost = remoteHostOf(input.lower, dsn, spans);
  const action = dsn.action?.value.toLowerCase().split(/\s/, 1)[0] ?? null;
  const status = dsn.status?.value.split(/\s/, 1)[0] ?? null;
  const delayed = action === "delayed" || (status?.startsWith("4") ?? false);
  const kind: BounceSentenceKind = !top
    ? "returned"
    : delayed
      ? remoteHost
        ? "delayed"
        : "delayedNoHost"
      : remoteHost
        ? "refused"
        : "refusedNoHost";
  const reason: Bilingual = top ? causeTitles[top] : { ko: "", en: "" };
  const sentence = (lang: "ko" | "en") =>
    fill(bounceSentences[kind][lang], {
      remote: remoteHost ?? "",
      recipient: recipient ?? unnamedRecipient[lang],
      reason: lang === "en" ? lowerFirst(reason.en) : reason.ko,
    }).replace(/: \.$|\. 이유: $/, ".");
  return {
    recipient,
    remoteHost,
    action,
    status,
    reply: replyOf(input, dsn, spans),
    sentence: { ko: sentence("ko"), en: sentence("en") },
  };
}
