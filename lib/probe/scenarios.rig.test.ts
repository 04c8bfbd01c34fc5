// The findings and working settings of each rig scenario, from real Postfix, Dovecot and DNS answers,
// as the diagnosis (lib/diagnose) reads them.
import { describe, expect, it } from "vitest";
import { diagnoseEventSchema, settingsSchema } from "@/lib/api/schema";
import { diagnose as diagnoseEvidence, inLanguage } from "@/lib/diagnose";
import { start } from "@/lib/diagnose/test-events";
import type { Locale } from "@/lib/i18n/locales";
import { check } from "./rig-harness";
import type { ServerTarget } from "./target-input";

async function diagnose(
  domain: string | null,
  extra: { servers?: ServerTarget[]; prefer?: "pop3" | "imap"; locale?: Locale } = {},
) {
  const servers = extra.servers ?? [];
  const run = await check({ domain, servers });
  for (const event of run.events) expect(diagnoseEventSchema.safeParse(event).success).toBe(true);
  const named = servers[0];
  const diagnosis = diagnoseEvidence({
    link: {
      ...(domain ? { domain } : {}),
      ...(named ? { server: named.host, ...(named.port ? { port: named.port } : {}) } : {}),
      ...((named?.protocol ?? extra.prefer) ? { protocol: named?.protocol ?? extra.prefer } : {}),
    },
    answers: {},
    message: null,
    events: [start(domain), ...run.events],
  });
  const result = { ...inLanguage(diagnosis, extra.locale ?? "en"), settings: diagnosis.settings };
  expect(result.settings === null || settingsSchema.safeParse(result.settings).success).toBe(true);
  const ids = result.findings.map((f) => f.id);
  return { run, result, ids, message: (id: string) => result.findings.find((f) => f.id === id)?.message };
}

describe("rig scenarios", () => {
  it("good.test: every port works with a trusted certificate", async () => {
    const { run, result, ids } = await diagnose("good.test");
    const primary = run.probes.filter((p) => p.host === "mx.good.test");
    expect(primary.map((p) => [p.port, p.status, p.tls?.authorized]).sort()).toEqual(
      [25, 110, 143, 465, 587, 993, 995].map((port) => [port, "open", true]).sort(),
    );
    expect(result.settings).toEqual({
      incoming: { host: "mail.good.test", port: 993, protocol: "imap", security: "ssl" },
      outgoing: { host: "mail.good.test", port: 465, security: "ssl", auth: true },
    });
    expect(ids).toEqual(["mx-found", "outgoing-ok", "incoming-ok"]);
    expect(result.causes).toEqual([]);
    expect(run.dns.find((d) => d.name === "_submission._tcp.good.test")?.records).toEqual([
      { name: "mail.good.test", port: 587, priority: 0, weight: 1 },
    ]);
    expect(run.dns.find((d) => d.rrtype === "PTR")).toMatchObject({
      name: "127.0.0.2",
      status: "ok",
      records: ["mx.good.test"],
    });
  });

  it("good.test for a POP3 user: 995 with SSL", async () => {
    const { result } = await diagnose("good.test", { prefer: "pop3" });
    expect(result.settings?.incoming).toEqual({
      host: "mail.good.test",
      port: 995,
      protocol: "pop3",
      security: "ssl",
    });
  });

  it("mxonly.test: mail.<domain> does not exist, so the settings use mx.<domain>", async () => {
    const { result, message } = await diagnose("mxonly.test");
    expect(result.settings?.incoming?.host).toBe("mx.mxonly.test");
    expect(result.settings?.outgoing?.host).toBe("mx.mxonly.test");
    expect(message("mail-host-missing")).toBe(
      "There is no server named mail.mxonly.test. Use mx.mxonly.test as the server name in your mail program.",
    );
  });

  it("relay.test: port 25 offers no login; 587 offers it after STARTTLS", async () => {
    const { run, result, ids } = await diagnose("relay.test");
    const on25 = run.probes.find((p) => p.host === "mx.relay.test" && p.port === 25);
    const on587 = run.probes.find((p) => p.host === "mx.relay.test" && p.port === 587);
    expect(on25?.capabilities.some((c) => c.startsWith("AUTH"))).toBe(false);
    expect(on587?.capabilitiesBeforeTls.some((c) => c.startsWith("AUTH"))).toBe(false);
    expect(on587?.capabilities).toContain("AUTH PLAIN LOGIN");
    expect(result.settings?.outgoing).toEqual({
      host: "mail.relay.test",
      port: 587,
      security: "starttls",
      auth: true,
    });
    expect(ids).toContain("auth-after-starttls");
  });

  it("port25blocked.test: 25 closed, 465/587 work", async () => {
    const { result, message } = await diagnose("port25blocked.test");
    expect(result.settings?.outgoing?.port).toBe(465);
    expect(message("port25-closed-use-other")).toBe(
      "mail.port25blocked.test does not answer on port 25, but port 465 works. Set the outgoing (SMTP) server port to 465.",
    );
  });

  it.each([
    ["expired.test", "tls-expired", "expired on 2021-01-01", "mail.expired.test"],
    ["wrongname.test", "tls-wrong-name", "www.another-host.test", "www.another-host.test"],
    ["selfsigned.test", "tls-untrusted", "(self-signed certificate)", "mail.selfsigned.test"],
  ])("%s: certificate problem → %s, certificate-invalid; SSL kept", async (domain, id, text, host) => {
    const { result, message } = await diagnose(domain);
    expect(message(id)).toContain(text);
    expect(result.causes[0]).toMatchObject({ id: "certificate-invalid", confidence: 0.6 });
    expect(result.causes.map((c) => c.id)).not.toContain("tls-mismatch");
    // For another name, the name the certificate covers; otherwise the host (the guide explains the warning).
    expect(result.settings?.incoming).toEqual({ host, port: 993, protocol: "imap", security: "ssl" });
  });

  it("nostarttls.test: plain ports only, passwords unprotected", async () => {
    const { result, ids } = await diagnose("nostarttls.test");
    expect(ids).toContain("starttls-missing");
    expect(result.settings).toEqual({
      incoming: { host: "mail.nostarttls.test", port: 143, protocol: "imap", security: "none" },
      outgoing: { host: "mail.nostarttls.test", port: 587, security: "none", auth: true },
    });
  });

  it("pop3only.test: POP3 on 110/995 is fine, nothing to send with", async () => {
    const { result, ids } = await diagnose("pop3only.test");
    expect(result.settings?.incoming).toEqual({
      host: "mail.pop3only.test",
      port: 995,
      protocol: "pop3",
      security: "ssl",
    });
    expect(result.settings?.outgoing).toBeNull();
    expect(ids).toContain("outgoing-none");
  });

  it("down.test: every port refused → server-down", async () => {
    const { result, run } = await diagnose("down.test");
    expect(run.probes.every((p) => p.status === "refused")).toBe(true);
    expect(result.findings[0]).toMatchObject({
      id: "server-down",
      severity: "fail",
      message:
        "Every mail port of mx.down.test (25, 110, 143, 465, 587, 993, 995) is closed or silent. The mail server seems to be down. Please tell your hosting company.",
    });
    expect(result.causes[0]).toMatchObject({ id: "server-down", confidence: 0.8 });
    expect(result.settings).toBeNull();
  });

  it.each([
    ["nothing-here.test", "domain-not-found", 0.9],
    ["servfail.test", "dns-failing", 0.8],
    ["nomx.test", "mx-missing", 0.3],
    ["nullmx.test", "null-mx", 0.6],
  ])("%s → %s (domain-dns-broken %s)", async (domain, id, confidence) => {
    const { result } = await diagnose(domain);
    expect(result.findings.map((f) => f.id)).toContain(id);
    expect(result.causes).toContainEqual(expect.objectContaining({ id: "domain-dns-broken", confidence }));
  });

  it("a server named in the request is checked on every mail port", async () => {
    const servers: ServerTarget[] = [{ host: "mx.good.test", port: 110, protocol: "pop3" }];
    const { run, result } = await diagnose(null, { servers, prefer: "pop3" });
    expect(run.probes.filter((p) => p.host === "mx.good.test")).toHaveLength(7);
    expect(result.settings?.incoming).toEqual({
      host: "mx.good.test",
      port: 995,
      protocol: "pop3",
      security: "ssl",
    });
  });

  it("a misspelt server name → server-not-found", async () => {
    const servers: ServerTarget[] = [{ host: "mial.good.test", port: 25, protocol: "smtp" }];
    const { result } = await diagnose(null, { servers });
    expect(result.causes[0]).toMatchObject({ id: "server-not-found", confidence: 0.6 });
  });

  it("findings come in Korean too", async () => {
    const { message } = await diagnose("down.test", { locale: "ko" });
    expect(message("server-down")).toBe(
      "mx.down.test의 메일 포트(25, 110, 143, 465, 587, 993, 995)가 모두 닫혀 있거나 응답하지 않습니다. 메일 서버가 멈춘 것으로 보입니다. 호스팅 회사에 알려 주세요.",
    );
  });
});
