// When to stop trying the ports of one address. A host that accepted two connections and then said
// nothing on either (and answered nowhere else) is hung or a tarpit: its ports still waiting for a socket
// of this request are not tried, so the sockets go to other hosts (the probes already running go on).
// After the first silent port, the next waits for the verdict of the one still running beside it.
// Connection timeouts count only for the domain's own address when it is not a mail host: a web server
// behind a firewall that drops mail ports. A mail host's firewall may drop some ports and pass others.
import "server-only";
import type { ProbeEvent } from "./port-probe";

export type SilenceVerdict = "continue" | "wait" | "give-up";
const giveUpAfter = 2;

function saidNothing(event: ProbeEvent, webHostOnly: boolean): boolean {
  if (event.status !== "timeout" || event.banner !== null) return false;
  if (event.step === "greeting" || (event.step === "tls" && event.security === "ssl")) return true;
  return webHostOnly && event.step === "connect";
}

/**
 * @param outcomes the probes of the address that have answered so far
 * @param running this request's own dialogs with the address still waiting for an answer
 * @param webHostOnly the address serves only the domain itself, no mail host and no named server
 */
export function silenceVerdict(
  outcomes: ProbeEvent[],
  running: number,
  webHostOnly: boolean,
): SilenceVerdict {
  if (!outcomes.every((e) => saidNothing(e, webHostOnly))) return "continue";
  if (outcomes.length >= giveUpAfter) return "give-up";
  return running > 0 ? "wait" : "continue";
}
