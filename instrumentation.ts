// Runs once when a Next.js server starts (next start, next dev, scripts/start.mjs): the environment of
// SPEC §5 is validated here, so a bad value stops the server, with a message naming each bad variable,
// before it answers anything. scripts/start.mjs then takes its limits and rules from what this hands it
// (lib/api/server-edge.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { EnvError } = await import("./lib/env");
  const { publishServerEdge } = await import("./lib/api/server-edge");
  try {
    publishServerEdge();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(78); // EX_CONFIG (sysexits.h): a configuration error, not a crash
  }
}
