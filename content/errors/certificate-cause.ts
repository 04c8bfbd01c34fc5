// Which cause a certificate verdict ("certificate has expired", "self-signed", "not valid for that server")
// points at. SPEC §3 names it `certificate-invalid`; until lib/causes.ts has that id (it arrives with the
// one-diagnosis work), the verdicts point at `tls-mismatch`, whose fix already covers a certificate made out
// for another name. The client-text score counts `tls-mismatch` for `certificate-invalid` only while the id
// does not exist (scripts/client-texts.ts says so when it does).
import type { CauseId } from "@/lib/causes";

export const CERTIFICATE = "tls-mismatch" satisfies CauseId;
