// The failure scenarios real mail programs were driven into against the loopback rig (e2e/rig), and the
// cause each must be decoded as. scripts/capture-client-texts configures every program from these targets;
// the tests and `npm run score:client-texts` read the expected causes from here. The domain is what the
// live check of that scenario looks at (the customer's domain); the host is what the program was told.

/** The cause a scenario must show. `certificate-invalid` is SPEC §3's cause for a bad server certificate. */
export type ExpectedCause =
  | "server-not-found"
  | "connection-refused"
  | "connection-timeout"
  | "port25-blocked"
  | "server-down"
  | "certificate-invalid"
  | "tls-mismatch"
  | "tls-required"
  | "smtp-auth-required"
  | "wrong-password"
  | "auth-method-mismatch"
  | "recipient-unknown";

export type MailProtocolName = "SMTP" | "POP3" | "IMAP";
/** ssl: TLS from the first byte (465/993/995); starttls: upgrade after the greeting; none: plain text. */
export type Security = "ssl" | "starttls" | "none";

export type Target = {
  host: string;
  port: number;
  security: Security;
  /** Log in with the rig's test account; `password: "wrong"` uses a wrong one; `mechanism` forces one. */
  login?: { password: "right" | "wrong"; mechanism?: "CRAM-MD5" };
  /** SMTP: the recipient (the sender is always the test account). */
  to?: string;
};

export type Scenario = {
  id: ScenarioId;
  what: string;
  /** The customer's domain: what the live check looks at. */
  domain: string;
  /** What the message alone must be decoded as (/api/parse), and with the live check (/api/diagnose). */
  expect: { parse: ExpectedCause; diagnose: ExpectedCause };
  targets: Partial<Record<MailProtocolName, Target>>;
};

export const scenarioIds = [
  "name-not-found",
  "host-down",
  "wrong-port",
  "port25-refused",
  "silent-server",
  "cert-expired",
  "cert-wrong-name",
  "cert-untrusted",
  "ssl-on-plain-port",
  "plain-on-ssl-port",
  "starttls-unavailable",
  "starttls-required",
  "no-auth-before-tls",
  "relay-denied",
  "wrong-password",
  "auth-mechanism",
  "recipient-unknown",
] as const;
export type ScenarioId = (typeof scenarioIds)[number];

const right = { password: "right" } as const;
const wrong = { password: "wrong" } as const;
/** Where the program sends or reads in the normal way: submission with STARTTLS, IMAPS, POP3S. */
const usual = (host: string): Scenario["targets"] => ({
  SMTP: { host, port: 587, security: "starttls", login: right, to: "kim@good.test" },
  IMAP: { host, port: 993, security: "ssl", login: right },
  POP3: { host, port: 995, security: "ssl", login: right },
});
const secure = (host: string): Scenario["targets"] => ({
  SMTP: { host, port: 465, security: "ssl", login: right, to: "kim@good.test" },
  IMAP: { host, port: 993, security: "ssl", login: right },
  POP3: { host, port: 995, security: "ssl", login: right },
});

export const scenarios: Scenario[] = [
  {
    id: "name-not-found",
    what: "the server name does not exist (mail.<domain> where the domain has only mx.<domain>)",
    domain: "mxonly.test",
    expect: { parse: "server-not-found", diagnose: "server-not-found" },
    targets: usual("mail.mxonly.test"),
  },
  {
    id: "host-down",
    what: "the host answers every port with a refusal",
    domain: "down.test",
    expect: { parse: "connection-refused", diagnose: "server-down" },
    targets: usual("mail.down.test"),
  },
  {
    id: "wrong-port",
    what: "the port of another mail service (SMTP to POP3's 110, IMAP to POP3S 995, POP3 to IMAPS 993)",
    domain: "good.test",
    expect: { parse: "connection-refused", diagnose: "connection-refused" },
    targets: {
      SMTP: { host: "mail.good.test", port: 110, security: "none", login: right, to: "kim@good.test" },
      IMAP: { host: "mail.good.test", port: 995, security: "ssl", login: right },
      POP3: { host: "mail.good.test", port: 993, security: "ssl", login: right },
    },
  },
  {
    id: "port25-refused",
    what: "sending on port 25, which refuses connections (as an ISP's port-25 block looks)",
    domain: "port25blocked.test",
    // A refusal alone reads as "nothing listens there" (the support answer's SMTP/25 + 10061 case); that it
    // is port 25 being closed while 587 and 465 work is what the live check adds.
    expect: { parse: "connection-refused", diagnose: "port25-blocked" },
    targets: {
      SMTP: { host: "mail.port25blocked.test", port: 25, security: "none", to: "kim@good.test" },
    },
  },
  {
    id: "silent-server",
    what: "the server accepts the connection and never says anything",
    domain: "silent.test",
    expect: { parse: "connection-timeout", diagnose: "server-down" },
    targets: usual("mail.silent.test"),
  },
  {
    id: "cert-expired",
    what: "the server's certificate expired (its CA is trusted)",
    domain: "expired.test",
    expect: { parse: "certificate-invalid", diagnose: "certificate-invalid" },
    targets: secure("mail.expired.test"),
  },
  {
    id: "cert-wrong-name",
    what: "the server's certificate is made out for another name",
    domain: "wrongname.test",
    expect: { parse: "certificate-invalid", diagnose: "certificate-invalid" },
    targets: secure("mail.wrongname.test"),
  },
  {
    id: "cert-untrusted",
    what: "the server's certificate is self-signed",
    domain: "selfsigned.test",
    expect: { parse: "certificate-invalid", diagnose: "certificate-invalid" },
    targets: secure("mail.selfsigned.test"),
  },
  {
    id: "ssl-on-plain-port",
    what: "SSL/TLS from the first byte on a port that speaks plain text first (587, 143, 110)",
    domain: "good.test",
    expect: { parse: "tls-mismatch", diagnose: "tls-mismatch" },
    targets: {
      SMTP: { host: "mail.good.test", port: 587, security: "ssl", login: right, to: "kim@good.test" },
      IMAP: { host: "mail.good.test", port: 143, security: "ssl", login: right },
      POP3: { host: "mail.good.test", port: 110, security: "ssl", login: right },
    },
  },
  {
    id: "plain-on-ssl-port",
    what: "plain text (or STARTTLS) on a port that expects TLS from the first byte (465, 993, 995)",
    domain: "good.test",
    expect: { parse: "tls-mismatch", diagnose: "tls-mismatch" },
    targets: {
      SMTP: { host: "mail.good.test", port: 465, security: "starttls", login: right, to: "kim@good.test" },
      IMAP: { host: "mail.good.test", port: 993, security: "starttls", login: right },
      POP3: { host: "mail.good.test", port: 995, security: "starttls", login: right },
    },
  },
  {
    id: "starttls-unavailable",
    what: "STARTTLS is required by the program, the server offers none",
    domain: "nostarttls.test",
    expect: { parse: "tls-mismatch", diagnose: "tls-mismatch" },
    targets: {
      SMTP: {
        host: "mail.nostarttls.test",
        port: 587,
        security: "starttls",
        login: right,
        to: "kim@good.test",
      },
      IMAP: { host: "mail.nostarttls.test", port: 143, security: "starttls", login: right },
      POP3: { host: "mail.nostarttls.test", port: 110, security: "starttls", login: right },
    },
  },
  {
    id: "starttls-required",
    what: "the program speaks plain text, the server wants STARTTLS first (530 5.7.0; LOGINDISABLED; plaintext disallowed)",
    domain: "good.test",
    expect: { parse: "tls-required", diagnose: "tls-required" },
    targets: {
      SMTP: { host: "mail.tlsrequired.test", port: 587, security: "none", to: "kim@good.test" },
      IMAP: { host: "mail.good.test", port: 143, security: "none", login: right },
      POP3: { host: "mail.good.test", port: 110, security: "none", login: right },
    },
  },
  {
    id: "no-auth-before-tls",
    what: "login on 587 without STARTTLS: the server offers AUTH only after it",
    domain: "good.test",
    expect: { parse: "tls-required", diagnose: "tls-required" },
    targets: {
      SMTP: { host: "mail.good.test", port: 587, security: "none", login: right, to: "kim@good.test" },
    },
  },
  {
    id: "relay-denied",
    what: "sending to another domain without logging in",
    domain: "relay.test",
    expect: { parse: "smtp-auth-required", diagnose: "smtp-auth-required" },
    targets: {
      SMTP: { host: "mail.relay.test", port: 25, security: "starttls", to: "friend@elsewhere.test" },
    },
  },
  {
    id: "wrong-password",
    what: "the password is wrong",
    domain: "good.test",
    expect: { parse: "wrong-password", diagnose: "wrong-password" },
    targets: {
      SMTP: { host: "mail.good.test", port: 587, security: "starttls", login: wrong, to: "kim@good.test" },
      IMAP: { host: "mail.good.test", port: 993, security: "ssl", login: wrong },
      POP3: { host: "mail.good.test", port: 995, security: "ssl", login: wrong },
    },
  },
  {
    id: "auth-mechanism",
    what: "the program insists on CRAM-MD5 (an encrypted password); the server offers PLAIN and LOGIN",
    domain: "good.test",
    expect: { parse: "auth-method-mismatch", diagnose: "auth-method-mismatch" },
    targets: {
      SMTP: {
        host: "mail.good.test",
        port: 587,
        security: "starttls",
        login: { password: "right", mechanism: "CRAM-MD5" },
        to: "kim@good.test",
      },
      IMAP: {
        host: "mail.good.test",
        port: 993,
        security: "ssl",
        login: { password: "right", mechanism: "CRAM-MD5" },
      },
      POP3: {
        host: "mail.good.test",
        port: 995,
        security: "ssl",
        login: { password: "right", mechanism: "CRAM-MD5" },
      },
    },
  },
  {
    id: "recipient-unknown",
    what: "logged in and sending to an address the server does not have",
    domain: "good.test",
    expect: { parse: "recipient-unknown", diagnose: "recipient-unknown" },
    targets: {
      SMTP: { host: "mail.good.test", port: 587, security: "starttls", login: right, to: "nobody@good.test" },
    },
  },
];

export const scenarioById = new Map(scenarios.map((s) => [s.id, s]));
