// One object for the whole server process. Next.js builds each route (a page, an API route, the paste
// form's handler) as its own bundle with its own copy of every module, so a module-level `let` would give
// the page one message store and the form's handler another, and split the per-client check limits of
// SPEC §6 between the page's no-script check and POST /api/diagnose. A global symbol is the one place all
// bundles of the process share.
import "server-only";

export function processShared<T>(name: string, make: () => T): T {
  const key = Symbol.for(`mail-doctor.${name}`);
  const slots = globalThis as unknown as Record<symbol, T | undefined>;
  return (slots[key] ??= make());
}
