// The one sentence the decoded panel shows for a bounce: who refused what, and why. {remote} is the server
// that gave the verdict, {recipient} the address it was about, {reason} the top cause's title. Korean
// sentences avoid particles after the placeholders ("… 서버(mx.example.net)가") so any name reads right.
import type { Bilingual } from "@/lib/i18n/bilingual";

export type BounceSentenceKind = "refused" | "refusedNoHost" | "delayed" | "delayedNoHost" | "returned";

export const bounceSentences: Record<BounceSentenceKind, Bilingual> = {
  refused: {
    ko: "받는 쪽 서버({remote})가 {recipient} 앞으로 보낸 메일을 거부했습니다. 이유: {reason}",
    en: "The receiving server {remote} refused your message to {recipient}: {reason}.",
  },
  refusedNoHost: {
    ko: "받는 쪽 메일 시스템이 {recipient} 앞으로 보낸 메일을 거부했습니다. 이유: {reason}",
    en: "The receiving mail system refused your message to {recipient}: {reason}.",
  },
  delayed: {
    ko: "{recipient} 앞으로 보낸 메일이 아직 배달되지 않았습니다({remote}). 보내는 서버가 다시 시도하고 있습니다. 이유: {reason}",
    en: "Your message to {recipient} is not delivered yet ({remote}); the sending server keeps retrying: {reason}.",
  },
  delayedNoHost: {
    ko: "{recipient} 앞으로 보낸 메일이 아직 배달되지 않았습니다. 보내는 서버가 다시 시도하고 있습니다. 이유: {reason}",
    en: "Your message to {recipient} is not delivered yet; the sending server keeps retrying: {reason}.",
  },
  returned: {
    ko: "메일이 배달되지 않고 돌아왔습니다. 이유: {reason}",
    en: "Your message came back undelivered: {reason}.",
  },
};

/** Shown for {recipient} when the report names no address. */
export const unnamedRecipient: Bilingual = { ko: "받는 사람", en: "the recipient" };
