// POST /autodiscover/autodiscover.xml – Outlook's POX autodiscover for IMAP/POP/SMTP accounts, answered
// from the live check of the requested address's domain (SPEC §8, [MS-OXDSCLI]).
import { checkSentences } from "@/content/diagnose/sentences";
import { setup } from "@/content/ui/setup";
import { errorResponse } from "@/lib/api/respond";
import { autodiscoverType, buildAutodiscover, readAutodiscoverRequest } from "@/lib/setup/autodiscover";
import { readTextBody } from "@/lib/setup/read-text-body";
import { requestLocale } from "@/lib/setup/request-locale";
import { setupAccountFor } from "@/lib/setup/setup-check";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// Outlook's request is a few hundred bytes; nothing a client sends here needs more.
const maxRequestBytes = 16 * 1024;

export async function POST(request: Request): Promise<Response> {
  const locale = requestLocale(request);
  const words = setup[locale].errors;
  try {
    const body = await readTextBody(request, maxRequestBytes, words.badRequest);
    if (!body.ok) return body.response;
    const asked = readAutodiscoverRequest(body.text);
    if (!asked.ok)
      return asked.reason === "other-schema"
        ? errorResponse("not_found", words.otherSchema)
        : errorResponse("invalid_request", words.badRequest);
    const outcome = await setupAccountFor(request, asked.email, locale, "outlook");
    if (!outcome.ok) return outcome.response;
    return new Response(buildAutodiscover(outcome.account), {
      headers: { "Content-Type": autodiscoverType, "Cache-Control": "no-store" },
    });
  } catch (error) {
    console.error("POST /autodiscover/autodiscover.xml failed:", error);
    return errorResponse("internal", checkSentences[locale].errors.internal);
  }
}
