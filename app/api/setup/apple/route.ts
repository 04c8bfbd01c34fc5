// GET /api/setup/apple?email=…[&lang=ko|en][&protocol=imap|pop3] – an Apple configuration profile built
// from the live check of the address's domain (SPEC §8); signed when MAILDOC_PROFILE_CERT/KEY are set.
import { randomUUID } from "node:crypto";
import { checkSentences } from "@/content/diagnose/sentences";
import { errorResponse, otherMethods } from "@/lib/api/respond";
import { serverEnv } from "@/lib/env";
import { appleProfileType, buildAppleProfile } from "@/lib/setup/apple-profile";
import { requestLocale } from "@/lib/setup/request-locale";
import { setupAccountFor } from "@/lib/setup/setup-check";
import { signProfile } from "@/lib/setup/sign-profile";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const locale = requestLocale(request, url);
  try {
    const outcome = await setupAccountFor(request, url.searchParams.get("email"), locale, "ios-mail");
    if (!outcome.ok) return outcome.response;
    const { account, checkedAt } = outcome;
    const prefer = url.searchParams.get("protocol") === "pop3" ? "pop3" : "imap";
    const profile = buildAppleProfile(account, {
      locale,
      prefer,
      checkedAt,
      newUuid: () => randomUUID().toUpperCase(),
    });
    const identity = serverEnv().profileSigning;
    const body = identity
      ? await signProfile(new TextEncoder().encode(profile), identity)
      : new TextEncoder().encode(profile);
    return new Response(body, {
      headers: {
        "Content-Type": appleProfileType,
        "Content-Disposition": `attachment; filename="${account.domain}.mobileconfig"`,
        // The profile names the customer's address: never kept by a shared cache.
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    console.error("GET /api/setup/apple failed:", error);
    return errorResponse("internal", checkSentences[locale].errors.internal);
  }
}

export const { POST, PUT, DELETE, PATCH, OPTIONS } = otherMethods(["GET"]);
