// Runs once when a Next.js server starts (next start, next dev, scripts/start.mjs): the environment of
// SPEC §5 is validated here, so a bad value stops the server, with a message naming each bad variable,
// before it answers anything; scripts/start.mjs then takes its limits and rules from lib/api/server-edge.ts.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") (await import("./lib/api/server-edge")).startServerEdge();
}
