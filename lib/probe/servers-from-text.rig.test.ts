// From what a real mail program printed to what the live check looks at: the captured texts of
// lib/parse/corpus/client-texts name the server (and port) the program was told to use; prepareCheck reads
// them through lib/parse and the check then resolves and probes that host on the rig.
import { describe, expect, it } from "vitest";
import { clientTexts } from "@/lib/parse/corpus/client-texts";
import { prepareCheck } from "./prepare-check";
import { check } from "./rig-harness";

const captured = (program: string, protocol: string, scenario: string, lang = "en") => {
  const c = clientTexts.find(
    (t) => t.program === program && t.protocol === protocol && t.scenario === scenario && t.lang === lang,
  );
  if (!c) throw new Error(`no captured text for ${program} ${protocol} ${scenario}`);
  return c;
};

async function checkText(text: string) {
  const prepared = prepareCheck({ text });
  if (!prepared.ok) throw new Error(`refused: ${prepared.refused.reason}`);
  return {
    servers: prepared.targets.servers,
    run: await check({ domain: null, servers: prepared.targets.servers }),
  };
}

describe("the server a pasted message names is the one the check probes", () => {
  it("msmtp, port 587 refused on mail.down.test: that host and port are probed and refuse", async () => {
    const { servers, run } = await checkText(captured("msmtp", "SMTP", "host-down").text);
    expect(servers).toContainEqual({ host: "mail.down.test", port: 587, protocol: "smtp" });
    expect(run.probes.find((p) => p.host === "mail.down.test" && p.port === 587)?.status).toBe("refused");
  });

  it("fetchmail's `host:995 [ip/995]`: the POP3S port of mail.down.test is probed", async () => {
    const { servers, run } = await checkText(captured("fetchmail", "POP3", "host-down").text);
    expect(servers).toContainEqual({ host: "mail.down.test", port: 995, protocol: "pop3" });
    expect(run.probes.some((p) => p.host === "mail.down.test" && p.port === 995)).toBe(true);
  });

  it("mbsync's `host (ip:port)` with an expired certificate: the check sees the same certificate", async () => {
    const { servers, run } = await checkText(captured("isync", "IMAP", "cert-expired").text);
    // mbsync names no protocol; the port is enough for the probe.
    expect(servers).toContainEqual(expect.objectContaining({ host: "mail.expired.test", port: 993 }));
    const probe = run.probes.find((p) => p.host === "mail.expired.test" && p.port === 993);
    expect(probe?.tls?.authorized).toBe(false);
  });

  it("a name that does not resolve (Thunderbird, in Korean) is looked up and found missing", async () => {
    const { servers, run } = await checkText(captured("thunderbird", "IMAP", "name-not-found", "ko").text);
    expect(servers.map((s) => s.host)).toContain("mail.mxonly.test");
    expect(run.dns.some((d) => d.name === "mail.mxonly.test" && d.status === "nxdomain")).toBe(true);
  });
});
