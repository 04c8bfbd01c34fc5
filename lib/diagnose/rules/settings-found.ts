// What the chosen working settings (lib/diagnose/settings.ts) say: what works, which port instead of 25,
// login only after STARTTLS, which name instead of a missing mail.<domain>.
import { authOnlyAfterStartTls, tried } from "../check-view";
import type { Facts } from "../facts";
import { judgedHosts } from "./hosts";
import { once, rule } from "./rule";

const security = (key: "ssl" | "starttls" | "none") => ({ word: "security", key }) as const;

/** A host of the domain that greeted on some port: where a missing direction would have been found. */
const answering = (f: Facts) =>
  judgedHosts(f).find((h) => f.check.probes(h).some((p) => p.status === "open"));

export const settingsRules = [
  rule({
    id: "outgoing-ok",
    severity: "ok",
    when: (f) => {
      const out = f.settings?.outgoing;
      return once(out && { host: out.host, port: out.port, security: security(out.security) });
    },
    effects: {},
  }),
  rule({
    id: "incoming-ok",
    severity: "ok",
    when: (f) => {
      const into = f.settings?.incoming;
      return once(
        into && {
          host: into.host,
          port: into.port,
          protocol: into.protocol.toUpperCase(),
          security: security(into.security),
        },
      );
    },
    effects: {},
  }),
  rule({
    id: "outgoing-none",
    severity: "warn",
    when: (f) => {
      const host = answering(f);
      return once(host && !f.settings?.outgoing && { host });
    },
    effects: {},
  }),
  rule({
    id: "incoming-none",
    severity: "warn",
    when: (f) => {
      const host = answering(f);
      return once(host && !f.settings?.incoming && { host });
    },
    effects: {},
  }),
  rule({
    id: "port25-closed-use-other",
    severity: "warn",
    when: (f) => {
      const out = f.settings?.outgoing;
      const on25 = out && f.check.probes(out.host).find((p) => p.port === 25 && tried(p));
      return once(out && on25 && on25.status !== "open" && { host: out.host, port: out.port });
    },
    effects: {},
  }),
  rule({
    id: "auth-after-starttls",
    severity: "ok",
    when: (f) => {
      const out = f.settings?.outgoing;
      const used = out && f.check.probes(out.host).find((p) => p.port === out.port && p.status === "open");
      return once(out && used && authOnlyAfterStartTls(used) && { host: out.host, port: out.port });
    },
    effects: {},
  }),
  rule({
    id: "mail-host-missing",
    severity: "warn",
    when: (f) => {
      const host = f.settings?.incoming?.host ?? f.settings?.outgoing?.host;
      const missing = f.domain ? f.check.resolves(`mail.${f.domain}`) === "no" : false;
      return once(f.domain && host && missing && host !== `mail.${f.domain}` && { domain: f.domain, host });
    },
    effects: {},
  }),
];
