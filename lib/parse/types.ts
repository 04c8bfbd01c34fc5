// The shapes the decoder works with: what it found in the text (findings) and what it returns (Decoded).
import type { ParsedFields } from "@/lib/api/schema";
import type { CauseId } from "@/lib/causes";
import type {
  BounceReading,
  CatalogProtocol,
  CauseVotes,
  Failure,
  PartKind,
} from "@/lib/content/error-catalog-schema";
import type { ClientId } from "@/lib/clients";
import type { Bilingual } from "@/lib/i18n/bilingual";
import type { BounceReport } from "./bounce/report";
import type { HeaderReport } from "./headers";

/** Where a finding's words come from; the server's own words outrank the socket error, which outranks the number. */
export type Tier = "response" | "socket" | "number" | "client" | "context";

/** One recognised piece of the text, with what it means and which causes it points to. */
export type Finding = {
  kind: PartKind;
  /** As shown to the customer, e.g. "10061", "0x800CCC0E", "5.7.1", "Relaying denied". */
  raw: string;
  meaning: Bilingual;
  /** Position in the normalised text, for showing parts in reading order. */
  index: number;
  tier: Tier;
  causes: CauseVotes;
  /** How specific the words or code are (0..1, lib/parse/strength.ts): orders equal votes, damps vaguer ones. */
  strength: number;
  supersedes?: readonly CauseId[];
  /** How the part reads inside a bounce (applied by lib/parse/bounce/voice.ts when the text is one). */
  bounce?: BounceReading;
  /** In a bounce: the remote server's own reply about the recipient, or the reporting system's summary. */
  voice?: "remote" | "local";
  /** The part shows the text is a delivery report. */
  marks?: "bounce";
  /** The part means its causes only inside a delivery report. */
  only?: "bounce";
  failure?: Failure;
  protocol?: CatalogProtocol;
  client?: ClientId;
};

export type DecodedPart = { kind: PartKind; raw: string; meaning: Bilingual };

export type DecodedCause = { id: CauseId; confidence: number; evidence: Bilingual[] };

export type Decoded = {
  fields: ParsedFields;
  /** Every recognised part in reading order. */
  parts: DecodedPart[];
  /** Ranked by confidence, highest first. */
  causes: DecodedCause[];
  /** True when an error code or a known phrase was found (not just an account or server name). */
  recognised: boolean;
  /** Present when the text is a returned mail: who refused what, and why (lib/parse/bounce). */
  bounce?: BounceReport;
  /** Present when the text holds message headers: the hop chain and the verdict headers. */
  headers?: HeaderReport;
};
