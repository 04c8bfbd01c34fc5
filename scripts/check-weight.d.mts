/** Every script path a page's HTML names (script tags, preloads, the RSC payload), nomodule ones left out. */
export function scriptPaths(html: string): string[];
/** Serves the current build (building first when stale) on a free port. */
export function startServer(): Promise<{ base: string; stop: () => void }>;
