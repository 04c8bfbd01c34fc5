// The error catalog: every fact the parser knows about mail error messages, as data. Validated by
// lib/content/error-catalog-schema.ts (npm run validate:content); read by lib/parse.
import type { ErrorCatalog } from "@/lib/content/error-catalog-schema";
import { contextRules } from "./context-rules";
import { bounceMarkers } from "./bounce-markers";
import { anchors, fieldLabels } from "./field-labels";
import { headerVerdicts } from "./header-verdicts";
import { otherHresults, hresultFamilies } from "./hresults-other";
import { transportHresults } from "./hresults-transport";
import { fieldMeanings, partKinds, protocols } from "./labels";
import { mailboxResponses } from "./mailbox-responses";
import { bounceIntlPhrases } from "./phrases-bounce-intl";
import { bounceReplyPhrases } from "./phrases-bounce-replies";
import { bouncePhrases } from "./phrases-bounces";
import { devicePhrases } from "./phrases-devices";
import { outlookPhrases } from "./phrases-outlook";
import { serverPhrases } from "./phrases-servers";
import { thunderbirdPhrases } from "./phrases-thunderbird";
import { ports } from "./ports";
import { enhancedCodes } from "./smtp-enhanced";
import { smtpReplies } from "./smtp-replies";
import { socketErrors } from "./socket-errors";

export const errorCatalog = {
  hresults: [...transportHresults, ...otherHresults],
  hresultFamilies,
  socketErrors,
  smtpReplies,
  enhancedCodes,
  mailboxResponses,
  // Order does not matter: ties are broken by specificity (lib/parse/strength.ts), never by list order.
  phrases: [
    ...serverPhrases,
    ...outlookPhrases,
    ...thunderbirdPhrases,
    ...devicePhrases,
    ...bouncePhrases,
    ...bounceReplyPhrases,
    ...bounceIntlPhrases,
  ],
  ports,
  contextRules,
  bounceMarkers,
  headerVerdicts,
  fieldLabels,
  anchors,
  partKinds,
  fieldMeanings,
  protocols,
} satisfies ErrorCatalog;
