// The one chooser of working settings (docs/decisions/0007-working-settings.md), rule by rule.
import { describe, expect, it } from "vitest";
import type { DiagnoseEvent } from "@/lib/api/schema";
import { workingSettings } from "./settings";
import { allPorts, dns, ports, probe, start, trustedTls, zone } from "./test-events";

const d = "example.test";
const mx = "mx.example.test";
const mail = "mail.example.test";
const events = (...more: DiagnoseEvent[]) => [start(d), ...zone(d, mx, [mail]), ...more];

describe("workingSettings", () => {
  it("a healthy domain: IMAP 993 and submission on 465, both with SSL, on mail.<domain> before the MX", () => {
    expect(workingSettings(events(...ports(mx, allPorts), ...ports(mail, allPorts)))).toEqual({
      incoming: { host: mail, port: 993, protocol: "imap", security: "ssl" },
      outgoing: { host: mail, port: 465, security: "ssl", auth: true },
    });
  });

  it("keeps the customer's protocol: a POP3 customer gets POP3 values", () => {
    const s = workingSettings(events(...ports(mx, allPorts)), { current: { protocol: "pop3", port: 110 } });
    expect(s?.incoming).toEqual({ host: mx, port: 995, protocol: "pop3", security: "ssl" });
    const asked = workingSettings(events(...ports(mx, allPorts)), { protocol: "pop3" });
    expect(asked?.incoming?.protocol).toBe("pop3");
  });

  it("keeps the customer's own server when the check proved it; implicit TLS still comes first", () => {
    const s = workingSettings(events(...ports(mx, allPorts), ...ports(mail, allPorts)), {
      current: { host: mx, port: 587, protocol: "smtp" },
    });
    expect(s?.outgoing).toEqual({ host: mx, port: 465, security: "ssl", auth: true });
    const only587 = workingSettings(events(...ports(mx, [587, 993])), { current: { host: mx, port: 25 } });
    expect(only587?.outgoing).toEqual({ host: mx, port: 587, security: "starttls", auth: true });
  });

  it("never port 25 for a mail program, even when only 25 answers", () => {
    expect(workingSettings(events(...ports(mx, [25, 993])))?.outgoing).toBeNull();
  });

  it("a valid certificate over one made out for another name, over one that warns, over no encryption", () => {
    const expired = (p: number) => {
      const e = probe(mx, p);
      return { ...e, tls: { ...trustedTls(mx), authorized: false, error: "CERT_HAS_EXPIRED" } };
    };
    const plain = probe(mx, 143, "open", { security: "none", tls: null, capabilities: ["IMAP4rev1"] });
    expect(workingSettings(events(expired(993), plain))?.incoming).toMatchObject({
      port: 993,
      security: "ssl",
    });
    expect(workingSettings(events(expired(993), probe(mail, 993)))?.incoming?.host).toBe(mail);
    expect(workingSettings(events(plain))?.incoming).toMatchObject({ port: 143, security: "none" });
  });

  it("a certificate for one other name: that name; a wildcard names no host, so the host stays", () => {
    const other = (names: string[]) => ({
      ...probe(mx, 993),
      tls: {
        ...trustedTls(mx),
        authorized: false,
        hostnameMatch: false,
        error: "ERR_TLS_CERT_ALTNAME_INVALID",
        altNames: names,
        subject: names[0] ?? null,
      },
    });
    expect(workingSettings(events(other(["server7.hosting.test"])))?.incoming?.host).toBe(
      "server7.hosting.test",
    );
    expect(workingSettings(events(other(["*.hosting.test"])))?.incoming?.host).toBe(mx);
  });

  it("offers only what the program can be set to: Outlook Express cannot upgrade POP3 with STLS", () => {
    const only110 = events(probe(mx, 110), probe(mx, 995, "refused"));
    expect(workingSettings(only110, { current: { protocol: "pop3" } })?.incoming).toMatchObject({
      port: 110,
      security: "starttls",
    });
    expect(workingSettings(only110, { client: "outlook-legacy", current: { protocol: "pop3" } })).toBeNull();
  });

  it("only what finished its dialogue and offers a login", () => {
    const noAuth = probe(mx, 587, "open", { capabilities: ["PIPELINING"] });
    const cut = probe(mx, 465, "open", { step: "capabilities" });
    expect(workingSettings(events(noAuth, cut, ...ports(mx, [993])))?.outgoing).toBeNull();
  });

  it("reads the domain from the check's own start line, and gives nothing without any check", () => {
    expect(workingSettings([])).toBeNull();
    const s = workingSettings([
      start(d),
      dns(d, "MX", "ok", [{ exchange: mx, priority: 10 }]),
      ...ports(mx, [993]),
      ...ports(d, [993]),
    ]);
    expect(s?.incoming?.host).toBe(mx);
  });
});
