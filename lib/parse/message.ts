// A whole raw message (a forwarded .eml, "show original"), read with postal-mime: the bounce's own parts
// become the text a postmaster reads (subject, the human part, each message/delivery-status report) and the
// returned original is left out. postal-mime parses in memory (no I/O); it is async, so this is the one async
// door of lib/parse, used by POST /api/parse and lazily by the decoded panel.
import PostalMime from "postal-mime";
import { decodeErrorText } from "./decode";
import { looksLikeRawMessage } from "./raw-message";
import type { Decoded } from "./types";

export type RawMessage = {
  /** The top-level header block, one "Name: value" per line (for the hop table and verdict headers). */
  headers: string;
  /** What the reader sees: Subject and From, the human part(s), the delivery-status report(s). */
  text: string;
  /** The message is a delivery report (multipart/report with message/delivery-status, or a DSN part). */
  report: boolean;
};

/** Kinds of attached parts that are the report's own words (RFC 3464, RFC 6533). */
const reportTypes = new Set([
  "message/delivery-status",
  "message/global-delivery-status",
  "text/delivery-status",
]);

const asText = (content: string | ArrayBuffer | Uint8Array) =>
  typeof content === "string" ? content : new TextDecoder("utf-8").decode(content);

/** Everything after the header block, when the MIME structure could not be read. */
const bodyOf = (raw: string) => {
  const blank = raw.search(/\r?\n\r?\n/);
  return blank === -1 ? "" : raw.slice(blank).trim();
};

export async function readRawMessage(raw: string): Promise<RawMessage> {
  const email = await PostalMime.parse(raw, { attachmentEncoding: "utf8" });
  const headers = email.headers.map((h) => `${h.originalKey ?? h.key}: ${h.value}`).join("\n");
  const reports = email.attachments
    .filter((a) => reportTypes.has(a.mimeType.toLowerCase()))
    .map((a) => asText(a.content));
  const from = email.from
    ? `${email.from.name ? `${email.from.name} ` : ""}<${email.from.address ?? ""}>`
    : "";
  // A malformed structure (a boundary the parser can't see) leaves no body: then the raw body is the text.
  const body = email.text || email.html || bodyOf(raw);
  const text = [`From: ${from}`, `Subject: ${email.subject ?? ""}`, "", body, ...reports].join("\n");
  return { headers, text, report: reports.length > 0 };
}

/** Decodes pasted text, or a raw message read with its MIME structure. */
export async function decodeMessage(input: string): Promise<Decoded> {
  if (!looksLikeRawMessage(input)) return decodeErrorText(input);
  const message = await readRawMessage(input);
  return decodeErrorText(message.text, { headers: message.headers, bounce: message.report || undefined });
}
