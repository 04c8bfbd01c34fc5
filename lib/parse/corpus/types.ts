// One corpus message: realistic text written from the reference notes, the fields it must yield, and the
// cause that must come first. Test-zone names (example.com, BBBBB.com) and documentation IPs only.
import type { ParsedFields } from "@/lib/api/schema";
import type { CauseId } from "@/lib/causes";

export type CorpusFamily =
  | "outlook-legacy"
  | "outlook"
  | "thunderbird"
  | "apple"
  | "android"
  | "windows-mail"
  | "bounce"
  | "smtp"
  | "pop3-imap";

export type CorpusCase = {
  name: string;
  family: CorpusFamily;
  lang: "ko" | "en";
  text: string;
  /** Only the listed fields are asserted; the others may be anything. */
  fields: Partial<ParsedFields>;
  top: CauseId;
  /** Causes that must also be listed (not necessarily first). */
  also?: CauseId[];
};
