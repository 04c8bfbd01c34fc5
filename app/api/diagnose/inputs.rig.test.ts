// POST /api/diagnose against the loopback rig: input read as a person means it (SPEC §6), a refused server
// as evidence rather than a 422, and the evidence rules for silence and certificates.
import { describe, expect, it } from "vitest";
import type { DiagnoseEvent, DiagnoseRequest } from "@/lib/api/schema";
import { pointAtRig, postDiagnose } from "@/lib/testing/rig-api";

pointAtRig();

async function check(body: DiagnoseRequest, locale = "en") {
  const events = await postDiagnose(body, locale);
  const start = events[0] as Extract<DiagnoseEvent, { type: "start" }>;
  const result = events.at(-1) as Extract<DiagnoseEvent, { type: "result" }>;
  const probes = events.filter((e): e is Extract<DiagnoseEvent, { type: "probe" }> => e.type === "probe");
  return { start, result, probes, ids: result.causes.map((c) => c.id) };
}

describe("input read as a person means it", () => {
  it.each([
    { domain: "https://www.good.test/help" },
    { domain: "www.good.test" },
    { domain: "GOOD.TEST." },
    { email: "kim@good.test" },
    { domain: "kim@good.test" },
  ])("%j checks good.test, which works", async (body) => {
    const { start, result, ids } = await check({ ...body, symptom: "receive" });
    expect(start.domain).toBe("good.test");
    expect(ids).not.toContain("domain-dns-broken");
    expect(result.findings.map((f) => f.id)).not.toContain("domain-not-found");
    expect(result.settings?.incoming?.host).toBe("mail.good.test");
  });
});

describe("a refused server in a link or a message is evidence", () => {
  it("server=127.0.0.1&port=1110 in a link: reported in start.refused, the domain still checked", async () => {
    const { start, result, probes, ids } = await check({
      domain: "good.test",
      symptom: "receive",
      servers: [{ host: "127.0.0.1", port: 1110, protocol: "pop3" }],
    });
    expect(start.refused).toEqual(["127.0.0.1"]);
    expect(probes.some((p) => p.host === "mx.good.test" && p.status === "open")).toBe(true);
    expect(probes.some((p) => p.ip === "127.0.0.1")).toBe(false);
    expect(ids[0]).toBe("antivirus-interference");
    expect(result.findings.find((f) => f.id === "target-refused")?.message).toBe(
      "127.0.0.1 was not checked: Please enter a domain name (like example.com) instead of an IP address.",
    );
    // POP3 kept, on the real server.
    expect(result.settings?.incoming).toMatchObject({ protocol: "pop3", port: 995 });
  });

  it("a real server on port 1110: the port is refused, the host is checked on the mail ports", async () => {
    const { start, probes, ids } = await check({
      domain: "good.test",
      servers: [{ host: "good.test", port: 1110, protocol: "pop3" }],
    });
    expect(start.refused).toEqual(["good.test:1110"]);
    expect(
      probes
        .filter((p) => p.host === "good.test")
        .map((p) => p.port)
        .sort((a, b) => a - b),
    ).toEqual([25, 110, 143, 465, 587, 993, 995]);
    expect(ids[0]).toBe("antivirus-interference");
  });
});

describe("what the evidence does not say", () => {
  it("a silent host is down, not an SSL or certificate problem, and every sentence names its host", async () => {
    const { result, ids } = await check({
      domain: "silent.test",
      symptom: "receive",
      answers: { webmail: "no" },
    });
    expect(ids[0]).toBe("server-down");
    expect(ids).not.toContain("tls-mismatch");
    expect(ids).not.toContain("certificate-invalid");
    for (const text of [
      ...result.causes.flatMap((c) => c.evidence),
      ...result.findings.map((f) => f.message),
    ])
      expect(text).not.toMatch(/\(\?\)|\{\w+\}/);
    expect(result.ms).toBeLessThan(10_000);
  });

  it("an expired certificate is certificate-invalid, in Korean too", async () => {
    const { result, ids } = await check({ domain: "expired.test", symptom: "receive" }, "ko");
    expect(ids[0]).toBe("certificate-invalid");
    expect(result.findings.find((f) => f.id === "tls-expired")?.message).toContain(
      "2021-01-01에 만료되었습니다",
    );
  });

  it("a certificate for another name: the settings use the name it covers", async () => {
    const { result, ids } = await check({ domain: "wrongname.test", symptom: "receive" });
    expect(ids[0]).toBe("certificate-invalid");
    expect(result.settings?.incoming?.host).toBe("www.another-host.test");
  });
});
