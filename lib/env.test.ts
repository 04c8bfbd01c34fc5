import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

const problemsOf = (source: Record<string, string>) => {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  return [];
};

describe("the environment of SPEC §5", () => {
  it("has the documented defaults when nothing is set, and treats an empty value as unset", () => {
    const env = parseEnv({ MAILDOC_TRUST_PROXY: "", PORT: " ", MAILDOC_DNS_SERVERS: "" });
    expect(env).toMatchObject({
      dnsServers: [],
      allowCidrs: [],
      trustProxy: false,
      frameAncestors: "'self'",
      port: 3000,
      redisUrl: null,
      support: { url: null, phone: null, email: null },
      allowOrigins: [],
      setupDomains: [],
      metricsToken: null,
    });
    expect(env.ehloName).toMatch(/^[A-Za-z0-9.-]+$/);
  });

  it("reads every variable into the typed environment", () => {
    const env = parseEnv({
      MAILDOC_DNS_SERVERS: "127.0.0.1:5300, [::1]:53,8.8.8.8 2001:db8::53",
      MAILDOC_ALLOW_CIDRS: "127.0.0.0/8,::1/128",
      MAILDOC_EHLO_NAME: "probe.maildoc.test",
      MAILDOC_TRUST_PROXY: "1",
      MAILDOC_FRAME_ANCESTORS: "'self'   https://*.hosting.co.kr:8443",
      PORT: "8080",
      MAILDOC_REDIS_URL: "rediss://user:secret@redis.internal:6380/2",
      MAILDOC_SUPPORT_URL: "https://help.hosting.example/mail",
      MAILDOC_SUPPORT_PHONE: "1588-0000",
      MAILDOC_SUPPORT_EMAIL: "help@hosting.example",
      MAILDOC_ALLOW_ORIGINS: "https://Support.Example.com:443, http://partner.example:8080/",
      MAILDOC_SETUP_DOMAINS: "Example.COM., hosting.co.kr",
      MAILDOC_METRICS_TOKEN: "s3cr3t-token-for-prometheus",
    });
    expect(env).toEqual({
      dnsServers: ["127.0.0.1:5300", "[::1]:53", "8.8.8.8", "2001:db8::53"],
      allowCidrs: ["127.0.0.0/8", "::1/128"],
      ehloName: "probe.maildoc.test",
      trustProxy: true,
      frameAncestors: "'self' https://*.hosting.co.kr:8443",
      port: 8080,
      redisUrl: "rediss://user:secret@redis.internal:6380/2",
      support: {
        url: "https://help.hosting.example/mail",
        phone: "1588-0000",
        email: "help@hosting.example",
      },
      allowOrigins: ["https://support.example.com", "http://partner.example:8080"],
      setupDomains: ["example.com", "hosting.co.kr"],
      metricsToken: "s3cr3t-token-for-prometheus",
      profileSigning: null,
    });
  });

  it.each([
    ["MAILDOC_DNS_SERVERS", "dns.example.com"],
    ["MAILDOC_DNS_SERVERS", "127.0.0.1:0"], // Node's resolver would abort the process
    ["MAILDOC_DNS_SERVERS", "127.0.0.1:70000"], // …or silently use port 4464
    ["MAILDOC_DNS_SERVERS", "[127.0.0.1]:53"],
    ["MAILDOC_ALLOW_CIDRS", "127.1/8"],
    ["MAILDOC_ALLOW_CIDRS", "10.0.0.0/33"],
    ["MAILDOC_EHLO_NAME", "not a host"],
    ["MAILDOC_EHLO_NAME", "-bad-.example"],
    ["MAILDOC_TRUST_PROXY", "yes"],
    ["MAILDOC_FRAME_ANCESTORS", "https://a.example; script-src *"],
    ["MAILDOC_FRAME_ANCESTORS", "'unsafe-inline'"],
    ["PORT", "0"],
    ["PORT", "80a"],
    ["PORT", "1e3"],
    ["MAILDOC_REDIS_URL", "http://127.0.0.1:6379"],
    ["MAILDOC_REDIS_URL", "127.0.0.1:6379"],
    ["MAILDOC_SUPPORT_URL", "javascript:alert(1)"],
    ["MAILDOC_SUPPORT_PHONE", "call us"],
    ["MAILDOC_SUPPORT_EMAIL", "nobody"],
    ["MAILDOC_ALLOW_ORIGINS", "*"],
    ["MAILDOC_ALLOW_ORIGINS", "https://support.example.com/help"],
    ["MAILDOC_ALLOW_ORIGINS", "support.example.com"],
    ["MAILDOC_SETUP_DOMAINS", "localhost"],
    ["MAILDOC_SETUP_DOMAINS", "192.0.2.1"],
    ["MAILDOC_METRICS_TOKEN", "short"],
    ["MAILDOC_METRICS_TOKEN", "has spaces in it, sixteen+"],
  ])("refuses %s=%j with a message naming the variable", (name, value) => {
    const problems = problemsOf({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${name}: `));
  });

  it("names every bad variable at once, one line each", () => {
    const problems = problemsOf({ MAILDOC_DNS_SERVERS: "x,y", PORT: "-1", MAILDOC_TRUST_PROXY: "true" });
    expect(problems.map((p) => p.split(":")[0])).toEqual([
      "MAILDOC_DNS_SERVERS",
      "MAILDOC_DNS_SERVERS",
      "MAILDOC_TRUST_PROXY",
      "PORT",
    ]);
    expect(() => parseEnv({ PORT: "-1" })).toThrow(/^Invalid Mail Doctor configuration:\n {2}PORT: /);
  });
});
