// The wizard page's own link parameters besides SPEC §1 and the answers: `msg`, the id of a pasted message
// held on the server because it is too long for a link (lib/wizard/message-store.ts), and `js=0`, set by
// the forms when they were sent without JavaScript, so the next page runs the live check on the server.
import { MAX_TEXT_CHARS } from "@/lib/api/limits";

/** SPEC §1: links carry `error` only up to this many characters; longer messages are held (`msg`). */
export const MAX_LINK_ERROR_CHARS = 2_000;

export const pageParams = { held: "msg", noScript: "js" } as const;

export type PageFlags = { held?: string; noScript?: boolean };

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

function first(raw: RawParams, name: string): string | undefined {
  if (raw instanceof URLSearchParams) return raw.get(name) ?? undefined;
  const value = raw[name];
  return Array.isArray(value) ? value[0] : value;
}

export function readPageFlags(raw: RawParams): PageFlags {
  const held = first(raw, pageParams.held);
  return {
    ...(held && /^[0-9a-f]{32}$/.test(held) ? { held } : {}),
    ...(first(raw, pageParams.noScript) === "0" ? { noScript: true } : {}),
  };
}

/** Does this pasted text fit in a link, or must it be held? */
export function fitsInLink(text: string): boolean {
  return text.length <= MAX_LINK_ERROR_CHARS;
}

export { MAX_TEXT_CHARS };
