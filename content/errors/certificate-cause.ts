// Which cause a certificate verdict ("certificate has expired", "self-signed", "not valid for that server")
// points at: SPEC §3's `certificate-invalid`. One constant, so every certificate row of every phrase table
// says the same (before the cause existed they pointed at `tls-mismatch`; the client-text score counts a
// stand-in only while lib/causes.ts lacks the id).
import type { CauseId } from "@/lib/causes";

export const CERTIFICATE = "certificate-invalid" satisfies CauseId;
