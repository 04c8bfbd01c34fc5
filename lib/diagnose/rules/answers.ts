// The customer's answers to the wizard's questions (lib/wizard/answers.ts).
import type { CauseId } from "@/lib/causes";
import { once, rule } from "./rule";

// Causes that live in the mail program's settings.
const settingsCauses: CauseId[] = [
  "wrong-server-name",
  "server-not-found",
  "connection-refused",
  "tls-mismatch",
  "wrong-password",
  "auth-method-mismatch",
  "antivirus-interference",
];
const boost = (causes: CauseId[], weight: number) => Object.fromEntries(causes.map((c) => [c, weight]));

export const answerRules = [
  rule({
    id: "answer-no-internet",
    when: (f) => once(f.answers.internet === "no" && {}),
    effects: { "no-internet": 0.9 },
  }),
  rule({
    id: "answer-internet-works",
    when: (f) => once(f.answers.internet === "yes" && {}),
    effects: { "no-internet": -0.6 },
  }),
  rule({
    // Webmail shows the mail: the server side works, so the program's settings are at fault.
    id: "answer-webmail-shows",
    when: (f) => once(f.answers.webmail === "yes" && {}),
    effects: {
      ...boost(settingsCauses, 0.15),
      "server-down": -0.5,
      "domain-dns-broken": -0.5,
      "no-internet": -0.6,
      "account-disabled": -0.5,
    },
  }),
  rule({
    id: "answer-webmail-missing",
    when: (f) => once(f.answers.webmail === "no" && {}),
    effects: {
      "server-down": 0.1,
      "domain-dns-broken": 0.1,
      "account-disabled": 0.15,
      "antivirus-interference": -0.2,
      "wrong-password": -0.2,
      // A certificate warns the program; it does not keep mail from reaching the mailbox.
      "certificate-invalid": -0.3,
    },
  }),
  rule({
    // Antivirus updates rewrite mail settings (reference §6); passwords get changed.
    id: "answer-stopped-suddenly",
    when: (f) => once((f.answers.sudden === "yes" || f.answers.before === "yes") && {}),
    effects: { "antivirus-interference": 0.1, "wrong-password": 0.05 },
  }),
  rule({
    id: "answer-receive-works",
    when: (f) => once(f.direction === "send" && f.answers.receives === "yes" && {}),
    effects: {
      "port25-blocked": 0.1,
      "smtp-auth-required": 0.1,
      "no-internet": -0.6,
      "domain-dns-broken": -0.3,
      "server-down": -0.1,
    },
  }),
];
