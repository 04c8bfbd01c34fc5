// The door to zod's tree-shakable build (`zod/mini`) for every schema a browser runs: the API's contract
// (lib/api/schema.ts, read by the live check) and the address form. A page then carries only the parts of
// zod its schemas use (docs/decisions/0011-page-weight.md); server-only schemas keep classic zod
// (lib/zod.ts). The same jitless setting as there: no `new Function`, which the pages' CSP forbids.
import { config } from "zod/mini";

config({ jitless: true });

export * from "zod/mini";
