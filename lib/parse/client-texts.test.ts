import { describe, expect, it } from "vitest";
import { clientTexts, scenarios, showsPort } from "./corpus/client-texts";
import { rates, scoreClientTexts, targets } from "./corpus/client-texts/score";

describe("real client texts (lib/parse/corpus/client-texts)", () => {
  const outcomes = scoreClientTexts();
  const all = rates(outcomes);

  it("holds at least 150 messages from ten programs, Korean ones among them, every scenario covered", () => {
    expect(clientTexts.length).toBeGreaterThanOrEqual(150);
    expect(new Set(clientTexts.map((c) => c.program)).size).toBeGreaterThanOrEqual(10);
    expect(clientTexts.filter((c) => c.lang === "ko").length).toBeGreaterThanOrEqual(40);
    for (const s of scenarios)
      expect(
        clientTexts.some((c) => c.scenario === s.id),
        s.id,
      ).toBe(true);
    for (const c of clientTexts) {
      expect(c.version, c.program).toMatch(/\d/);
      expect(c.text.length).toBeGreaterThan(10);
    }
  });

  it("names nothing outside the capture (no paths of the machine it ran on)", () => {
    for (const c of clientTexts) expect(c.text).not.toMatch(/\/work\/|\/tmp\/capture|e2e\/\.rig/);
  });

  it(`names the right cause first for ${targets.top1 * 100} % and among three for ${targets.top3 * 100} %`, () => {
    expect(all.top1).toBeGreaterThanOrEqual(targets.top1);
    expect(all.top3).toBeGreaterThanOrEqual(targets.top3);
  });

  it(`decodes the server and the port in ${targets.server * 100} % of the messages that show them`, () => {
    expect(all.servers).toBeGreaterThanOrEqual(150);
    expect(all.server).toBeGreaterThanOrEqual(targets.server);
    expect(all.ports).toBeGreaterThanOrEqual(100);
    expect(all.port).toBeGreaterThanOrEqual(targets.port);
  });

  it("never answers wrong-password for a refused login method or a login refused before encryption", () => {
    // fetchmail reports a POP3 PASS refused for plaintext as a bare "Authorization failure": it drops the
    // server's reason, so nothing in its words tells it from a wrong password.
    const saysWhy = (text: string) =>
      !/^fetchmail: Authorization failure on/m.test(text) || /forbids/.test(text);
    for (const o of outcomes)
      if (
        ["auth-mechanism", "starttls-required", "no-auth-before-tls"].includes(o.c.scenario) &&
        saysWhy(o.c.text)
      )
        expect(o.ids[0], `${o.c.program} ${o.c.protocol} ${o.c.scenario}`).not.toBe("wrong-password");
  });

  it("counts a port only where it is written as one", () => {
    expect(showsPort("cannot connect to mail.example.com, port 587", 587)).toBe(true);
    expect(showsPort("Cannot connect to x (192.0.2.1:993): refused", 993)).toBe(true);
    expect(showsPort("connection to x:995 [192.0.2.1/995] failed", 995)).toBe(true);
    expect(showsPort("Could not connect to mail.port25.example.com", 25)).toBe(false);
    expect(showsPort("at 10:25:00", 25)).toBe(false);
  });
});
