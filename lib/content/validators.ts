// Every content check, run by `npm run validate:content` and by the unit tests.
// A check returns a list of problems; an empty list means that part of content/ is sound.
import { checkCauseTitles } from "./cause-titles-check";
import { checkCheckFindings } from "./check-findings-check";
import { checkErrorCatalog } from "./error-catalog-check";
import { checkEvidenceText } from "./evidence-text-check";
import { checkDrawingsUsed, checkFixGuides } from "./fix-guides-check";
import { checkDecisionTree } from "./tree-check";
import { checkUiMessages } from "./ui-messages-check";

export type ContentCheck = { name: string; run: () => string[] };

export const contentChecks: ContentCheck[] = [
  { name: "UI strings (ko, en)", run: checkUiMessages },
  { name: "Error catalog (content/errors)", run: checkErrorCatalog },
  { name: "Cause titles (content/causes.ts)", run: checkCauseTitles },
  {
    name: "Fix guides: every cause, every setting cause × program, pictures and fields",
    run: checkFixGuides,
  },
  { name: "Fix guides: every drawing is used and its labels are sound", run: checkDrawingsUsed },
  { name: "Live check findings (ko, en)", run: checkCheckFindings },
  { name: "Decision tree (schema and graph)", run: checkDecisionTree },
  { name: "Diagnosis sentences (ko, en, same placeholders)", run: () => checkEvidenceText() },
];
