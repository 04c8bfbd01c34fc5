// One message a real mail program showed when it failed in a rig scenario (scripts/capture-client-texts).
import type { MailProtocolName, ScenarioId, Security } from "./scenarios";

export type CapturedText = {
  /** The program's name as its package calls it, e.g. "msmtp", "thunderbird". */
  program: string;
  /** As the program reports it (`msmtp --version`, Thunderbird's application.ini). */
  version: string;
  scenario: ScenarioId;
  protocol: MailProtocolName;
  /** The interface language it ran in (LANG / Thunderbird's UI locale). */
  lang: "en" | "ko";
  /** What the program was configured with. */
  target: { host: string; port: number; security: Security };
  /** What it showed: its error output, or the text of its dialog. */
  text: string;
};
