// What a program adapter of the capture gets for one attempt, and what it must provide.
import type { MailProtocolName, Scenario, Target } from "@/lib/parse/corpus/client-texts/scenarios";
import type { Lang, RunResult } from "./run";

export type Attempt = {
  scenario: Scenario;
  protocol: MailProtocolName;
  target: Target;
  lang: Lang;
  /** A fresh directory for this attempt: HOME, configuration files, mail folders. */
  work: string;
  /** The rig's test CA, so that certificate scenarios are about the certificate, not the CA. */
  caFile: string;
  account: { user: string; password: string };
};

export type Program = {
  id: string;
  protocols: MailProtocolName[];
  /** Languages worth running: "ko" only where the program or its libraries have Korean texts. */
  langs: Lang[];
  /** How many attempts may run at once (default 3); a program with one window at a time says 1. */
  concurrency?: number;
  version(work: string): Promise<string>;
  /** What the program printed and its exit code, or null when it cannot be configured for this target. */
  capture(attempt: Attempt): Promise<RunResult | null>;
  /** Ends what the program kept running between attempts. */
  stop?(): Promise<void>;
};

/** The password the attempt logs in with. */
export const passwordOf = (a: Attempt) =>
  a.target.login?.password === "wrong" ? "wrong-password" : a.account.password;
