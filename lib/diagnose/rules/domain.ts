// The domain itself, from its DNS answers: does it exist, do its name servers answer, where does its
// mail go (MX, RFC 5321 §5.1; null MX, RFC 7505), SPF (RFC 7208) and DMARC (RFC 7489).
import type { Facts } from "../facts";
import { once, rule } from "./rule";

const status = (f: Facts, rrtype: string, name = f.domain ?? "") =>
  f.domain ? f.check.dns(name, rrtype)?.status : undefined;

const nullMx = (f: Facts) => {
  const mx = f.domain ? f.check.dns(f.domain, "MX") : undefined;
  if (mx?.status !== "ok" || mx.records.length !== 1) return false;
  const [record] = mx.records;
  const exchange =
    record && typeof record === "object" && "exchange" in record ? String(record.exchange) : String(record);
  return ["", "."].includes(exchange.trim().split(/\s+/).pop() ?? "");
};

const none = (f: Facts, rrtype: string) => {
  const e = f.domain ? f.check.dns(f.domain, rrtype) : undefined;
  return e !== undefined && (e.status === "nodata" || (e.status === "ok" && e.records.length === 0));
};

const missing = (f: Facts) => ["MX", "A", "NS", "SOA"].some((t) => status(f, t) === "nxdomain");
const failing = (f: Facts) =>
  !missing(f) &&
  (status(f, "MX") === "servfail" ||
    ["NS", "SOA"].some((t) => status(f, t) === "servfail") ||
    (["MX", "A"].every((t) => ["servfail", "timeout"].includes(status(f, t) ?? "")) &&
      status(f, "MX") !== undefined));

export const domainRules = [
  rule({
    id: "domain-not-found",
    severity: "fail",
    when: (f) => once(f.domain && missing(f) && { domain: f.domain }),
    effects: { "domain-dns-broken": 0.9, "server-down": -0.5, "server-not-found": -0.2 },
  }),
  rule({
    id: "dns-failing",
    severity: "fail",
    when: (f) => once(f.domain && failing(f) && { domain: f.domain }),
    effects: { "domain-dns-broken": 0.8 },
  }),
  rule({
    id: "dns-slow",
    severity: "warn",
    when: (f) => once(f.domain && !failing(f) && status(f, "MX") === "timeout" && { domain: f.domain }),
    effects: { "domain-dns-broken": 0.3 },
  }),
  rule({
    id: "null-mx",
    severity: "fail",
    when: (f) => once(f.domain && nullMx(f) && { domain: f.domain }),
    effects: { "domain-dns-broken": 0.6 },
  }),
  rule({
    // Without MX, mail goes to the domain's own address (RFC 5321 §5.1); without that too, nowhere.
    id: "no-mx-no-a",
    severity: "fail",
    when: (f) =>
      once(
        f.domain &&
          none(f, "MX") &&
          none(f, "A") &&
          (none(f, "AAAA") || !f.check.dns(f.domain, "AAAA")) && { domain: f.domain },
      ),
    effects: { "domain-dns-broken": 0.7, "server-down": -0.3 },
  }),
  rule({
    id: "mx-missing",
    severity: "warn",
    when: (f) => once(f.domain && none(f, "MX") && !none(f, "A") && { domain: f.domain }),
    effects: { "domain-dns-broken": 0.3 },
  }),
  rule({
    id: "mx-found",
    severity: "ok",
    when: (f) => {
      const hosts = f.domain ? f.check.mxHosts(f.domain).slice(0, 5) : [];
      return once(f.domain && hosts.length > 0 && { domain: f.domain, hosts: hosts.join(", ") });
    },
    effects: {},
  }),
  rule({
    id: "spf-missing",
    severity: "warn",
    when: (f) => {
      const txt = f.domain ? f.check.dns(f.domain, "TXT") : undefined;
      const spf = txt?.records.some((r) => typeof r === "string" && /^v=spf1\b/i.test(r));
      return once(f.domain && txt && ["ok", "nodata"].includes(txt.status) && !spf && { domain: f.domain });
    },
    effects: { "sender-domain-unauthenticated": 0.1 },
  }),
  rule({
    id: "dmarc-missing",
    severity: "warn",
    when: (f) => {
      const dmarc = f.domain ? status(f, "TXT", `_dmarc.${f.domain}`) : undefined;
      return once(f.domain && ["nodata", "nxdomain"].includes(dmarc ?? "") && { domain: f.domain });
    },
    effects: { "sender-domain-unauthenticated": 0.05 },
  }),
];
