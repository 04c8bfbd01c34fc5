import { describe, expect, it } from "vitest";
import { silenceVerdict } from "./host-silence";
import type { ProbeEvent } from "./port-probe";

const event = (over: Partial<ProbeEvent>): ProbeEvent => ({
  type: "probe",
  host: "h.test",
  ip: "192.0.2.1",
  port: 587,
  protocol: "smtp",
  status: "timeout",
  banner: null,
  capabilities: [],
  tls: null,
  ms: 4000,
  security: "none",
  capabilitiesBeforeTls: [],
  step: "greeting",
  detail: "greeting-timeout",
  heldForHost: true,
  source: "probed",
  ...over,
});
const silentGreeting = event({});
const silentTls = event({ port: 993, protocol: "imap", step: "tls", security: "ssl" });
const dropped = event({ step: "connect", detail: "connect-timeout" });
const answered = event({ status: "open", step: "done", banner: "220 hi" });
const refused = event({ status: "refused", step: "connect" });
const cut = event({ status: "skipped", step: "greeting", detail: "deadline" });

describe("when to stop trying an address", () => {
  it("gives up after two ports accepted and said nothing", () => {
    expect(silenceVerdict([silentGreeting, silentTls], 0, false)).toBe("give-up");
  });
  it("after one silent port, waits for the probe running beside it", () => {
    expect(silenceVerdict([silentGreeting], 1, false)).toBe("wait");
    expect(silenceVerdict([silentGreeting], 0, false)).toBe("continue");
  });
  it("never gives up on a host that answered or refused somewhere", () => {
    expect(silenceVerdict([silentGreeting, answered, silentTls], 0, false)).toBe("continue");
    expect(silenceVerdict([refused, silentGreeting, silentTls], 0, false)).toBe("continue");
  });
  it("does not count a probe cut by the deadline as silence", () => {
    expect(silenceVerdict([silentGreeting, cut], 0, false)).toBe("continue");
  });
  it("counts dropped connections only for the domain's own web address", () => {
    expect(silenceVerdict([dropped, dropped], 0, false)).toBe("continue");
    expect(silenceVerdict([dropped, dropped], 0, true)).toBe("give-up");
    expect(silenceVerdict([dropped, silentGreeting], 0, true)).toBe("give-up");
  });
});
