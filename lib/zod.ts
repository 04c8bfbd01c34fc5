// The one door to zod. Zod 4 compiles object schemas with `new Function` for speed the first time it parses
// one; the pages' Content-Security-Policy has no 'unsafe-eval', so in a browser that attempt is blocked and
// reported as a CSP violation on every page that validates a form. Jitless parsing never tries eval, so the
// setting is made here, when this module is first evaluated and before any schema parses, and every module
// takes zod from here (`import * as z from "@/lib/zod"`; eslint enforces it). Star re-exports imported as a
// namespace let the bundler keep only the parts of zod a page's schemas use (not every locale's messages).
import { config } from "zod";

config({ jitless: true });

export * from "zod";
