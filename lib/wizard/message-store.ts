// Pasted messages too long for a link (SPEC §1: up to 20 000 characters, kept out of the URL), held here
// under a random id that the link carries as `msg` (docs/decisions/0010-long-pastes.md). In this process's
// memory only, for an hour, and at most `maxHeldChars` in all (the oldest go first): a message is the
// customer's own words and may name their server and account, so it is neither written down nor kept long.
// A page whose message has gone (a restart, another instance) asks the browser, which kept a copy in
// sessionStorage, to send it again.
import "server-only";
import { randomBytes } from "node:crypto";
import { MAX_TEXT_CHARS } from "@/lib/api/limits";
import { processShared } from "@/lib/process-shared";

export const heldMessageLimits = {
  ttlMs: 60 * 60 * 1000,
  /** About 2 000 long pastes, 40 MB of UTF-16 at most. */
  maxHeldChars: 2_000 * MAX_TEXT_CHARS,
} as const;

/** 128 random bits as hex, made here or by the browser (crypto.randomUUID without its dashes). */
export const heldIdPattern = /^[0-9a-f]{32}$/;

type Held = { text: string; until: number };

export type MessageStore = {
  hold(text: string, wantedId?: string): string;
  get(id: string): string | undefined;
};

export function createMessageStore(now: () => number = Date.now): MessageStore {
  const held = new Map<string, Held>();
  let chars = 0;
  const drop = (id: string) => {
    const entry = held.get(id);
    if (!entry) return;
    chars -= entry.text.length;
    held.delete(id);
  };
  const expire = () => {
    // A Map keeps insertion order, and every entry lives equally long: the oldest are first.
    for (const [id, entry] of held) {
      if (entry.until > now() && chars <= heldMessageLimits.maxHeldChars) break;
      drop(id);
    }
  };
  return {
    hold(text, wantedId) {
      expire();
      const mine = wantedId && heldIdPattern.test(wantedId) ? held.get(wantedId) : undefined;
      // The browser's id is kept (so its copy in sessionStorage still matches), unless it names another text.
      const id =
        wantedId && heldIdPattern.test(wantedId) && (!mine || mine.text === text)
          ? wantedId
          : randomBytes(16).toString("hex");
      drop(id);
      held.set(id, { text, until: now() + heldMessageLimits.ttlMs });
      chars += text.length;
      expire();
      return id;
    },
    get(id) {
      const entry = heldIdPattern.test(id) ? held.get(id) : undefined;
      return entry && entry.until > now() ? entry.text : undefined;
    },
  };
}

/** The process's store: the paste form's handler holds, the diagnose page reads (lib/process-shared.ts). */
export const messageStore = (): MessageStore => processShared("held-messages", () => createMessageStore());
