// The one handler behind both Thunderbird autoconfig paths (SPEC §8): `/.well-known/autoconfig/mail/
// config-v1.1.xml` and `/mail/config-v1.1.xml`, each with `?emailaddress=` as Thunderbird sends it.
import "server-only";
import { checkSentences } from "@/content/diagnose/sentences";
import { errorResponse } from "@/lib/api/respond";
import { autoconfigType, buildAutoconfig } from "./autoconfig";
import { requestLocale } from "./request-locale";
import { setupAccountFor } from "./setup-check";

export async function autoconfigResponse(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const locale = requestLocale(request, url);
  try {
    const outcome = await setupAccountFor(
      request,
      url.searchParams.get("emailaddress"),
      locale,
      "thunderbird",
    );
    if (!outcome.ok) return outcome.response;
    return new Response(buildAutoconfig(outcome.account), {
      headers: { "Content-Type": autoconfigType, "Cache-Control": "no-store" },
    });
  } catch (error) {
    console.error(`GET ${url.pathname} failed:`, error);
    return errorResponse("internal", checkSentences[locale].errors.internal);
  }
}
