// Every diagnosis rule, in the order their sentences are read: the domain, its hosts and certificates,
// what works, then the message against the check, then the answers.
import { answerRules } from "./answers";
import { certificateRules } from "./certificates";
import { domainRules } from "./domain";
import { hostRules } from "./hosts";
import { messageRules } from "./message";
import type { Rule, RuleId } from "./rule";
import { settingsRules } from "./settings-found";

export type { Effects, Rule, RuleId, Said, Severity, VarValue } from "./rule";

export const rules: readonly Rule<RuleId>[] = [
  ...domainRules,
  ...hostRules,
  ...certificateRules,
  ...settingsRules,
  ...messageRules,
  ...answerRules,
] as Rule<RuleId>[];
