// Runs (or joins, or replays from the cache) the guarded, rate-limited live check of an address's
// domain for the automatic-setup endpoints (SPEC §8), and turns what it proved into a SetupAccount —
// or into the SPEC §2 error the endpoint answers. No socket opens before the guard and the limits agree.
import "server-only";
import { checkSentences } from "@/content/diagnose/sentences";
import { setup } from "@/content/ui/setup";
import { errorResponse } from "@/lib/api/respond";
import { serverEnv } from "@/lib/env";
import type { ClientId } from "@/lib/clients";
import type { Locale } from "@/lib/i18n/locales";
import { checkKey, clientKey, prepareCheck, probeService, runCheck, type CheckEvent } from "@/lib/probe";
import { fill, textsFor } from "@/lib/i18n/fill";
import type { SetupAccount } from "./account";
import { readSetupAddress } from "./setup-address";
import { workingSettingsFor } from "./working-settings-for";

export type SetupOutcome =
  { ok: true; account: SetupAccount; checkedAt: Date } | { ok: false; response: Response };

const refuse = (response: Response): SetupOutcome => ({ ok: false, response });

export async function setupAccountFor(
  request: Request,
  rawAddress: string | null | undefined,
  locale: Locale,
  /** The program that reads the document: its abilities limit the settings offered. */
  program: ClientId,
): Promise<SetupOutcome> {
  const words = textsFor(setup, locale).errors;
  const texts = checkSentences[locale];
  const email = readSetupAddress(rawAddress);
  if (!email) return refuse(errorResponse("invalid_request", words.badAddress));

  const prepared = prepareCheck({ email });
  if (!prepared.ok) {
    const { reason } = prepared.refused;
    return refuse(
      reason === "empty"
        ? errorResponse("invalid_request", words.badAddress)
        : errorResponse("target_not_allowed", texts.refusals[reason]),
    );
  }
  const domain = prepared.targets.domain ?? "";
  const env = serverEnv();
  if (env.setupDomains.length > 0 && !env.setupDomains.includes(domain))
    return refuse(errorResponse("not_found", words.notOffered));

  const service = probeService(env);
  const admission = await service.limits.admit(clientKey(request.headers, env.trustProxy));
  if (!admission.ok)
    return refuse(
      errorResponse("rate_limited", texts.errors.rateLimited, {
        "Retry-After": String(admission.retryAfterSeconds),
      }),
    );
  const events: CheckEvent[] = [];
  try {
    const { targets } = prepared;
    await service.cache.run(
      checkKey(targets),
      (emit) => runCheck(targets, service.options, emit),
      (event) => events.push(event),
    );
  } finally {
    await admission.release();
  }

  // The chooser never offers port 25 for sending (home lines block it): such a domain has no outgoing server here.
  const { incoming, outgoing } = workingSettingsFor(events, domain, program);
  const hasIncoming = incoming.imap !== null || incoming.pop3 !== null;
  if (!hasIncoming || !outgoing) {
    const which = !hasIncoming && !outgoing ? "nothingWorks" : hasIncoming ? "noOutgoing" : "noIncoming";
    return refuse(errorResponse("not_found", fill(words[which], { domain })));
  }
  return { ok: true, account: { email, domain, incoming, outgoing }, checkedAt: new Date() };
}
