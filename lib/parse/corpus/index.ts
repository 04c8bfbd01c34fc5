// The whole corpus, for the tests and for npm run bench:parse.
import { bounceCases } from "./bounces";
import { deviceCases } from "./devices";
import { outlookCases } from "./outlook";
import { outlookLegacyCases } from "./outlook-legacy";
import { replyCases } from "./replies";
import { supportAnswerCases } from "./support-answer";
import { thunderbirdCases } from "./thunderbird";
import type { CorpusCase } from "./types";

export type { CorpusCase, CorpusFamily } from "./types";

export const corpus: CorpusCase[] = [
  ...supportAnswerCases,
  ...outlookLegacyCases,
  ...outlookCases,
  ...thunderbirdCases,
  ...deviceCases,
  ...bounceCases,
  ...replyCases,
];
