// Every content check, run by `npm run validate:content` and by the unit tests.
// A check returns a list of problems; an empty list means that part of content/ is sound.
import { checkCauseTitles } from "./cause-titles-check";
import { checkErrorCatalog } from "./error-catalog-check";
import { checkDrawingsUsed, checkFixGuides } from "./fix-guides-check";
import { checkPlaceholders } from "./placeholders-check";
import { checkPrograms } from "./programs-check";
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
  { name: "Decision tree (schema and graph)", run: checkDecisionTree },
  { name: "Every catalog: the same {placeholders} in ko and en", run: checkPlaceholders },
  { name: "Programs: abilities fit their screens, causes name real programs", run: checkPrograms },
];
