// POST /{locale}/diagnose/message – a pasted message from the wizard's paste forms (a plain multipart form
// post, so it works without JavaScript and a 20 000-character Korean message never goes into a URL). A
// message that fits in a link goes into `error`; a longer one is held (lib/wizard/message-store.ts) and the
// link gets its id as `msg` (SPEC §1, docs/decisions/0013-long-pastes.md). Answered 303 to the next screen.
import { serverEnv } from "@/lib/env";
import { isLocale } from "@/lib/i18n/locales";
import { linkParamNames } from "@/lib/link-query";
import { originVerdict } from "@/lib/security/origin";
import { wizardOnlyParams } from "@/lib/wizard/answers";
import { messageStore } from "@/lib/wizard/message-store";
import { fitsInLink, MAX_TEXT_CHARS, pageParams } from "@/lib/wizard/page-params";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** What the form carries besides the message: the link so far, the answers, and the no-script flag. */
const carried = new Set<string>([...linkParamNames, ...wizardOnlyParams, pageParams.noScript]);

export async function POST(request: Request, { params }: RouteContext<"/[locale]/diagnose/message">) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : "ko";
  const env = serverEnv();
  if (originVerdict(request.headers, env) === "cross-site")
    return new Response("Forbidden", { status: 403, headers: { "Cache-Control": "no-store" } });
  const form = await request.formData().catch(() => null);
  if (!form) return new Response("Bad Request", { status: 400, headers: { "Cache-Control": "no-store" } });

  const next = new URLSearchParams();
  for (const [name, value] of form)
    if (carried.has(name) && typeof value === "string" && value !== "" && name !== "error")
      next.set(name, value);
  const pasted = form.get("error");
  // A form sends a textarea's line breaks as CRLF (HTML form encoding) while its maxlength counted each as
  // one character: read them back as LF so a 20 000-character paste is still 20 000 characters.
  const text = typeof pasted === "string" ? pasted.replace(/\r\n?/g, "\n").trim() : "";
  if (text !== "" && text.length <= MAX_TEXT_CHARS) {
    if (fitsInLink(text)) next.set("error", text);
    else {
      const wanted = form.get("msgid");
      next.set(pageParams.held, messageStore().hold(text, typeof wanted === "string" ? wanted : undefined));
    }
  }
  // An empty (or too long) message lands back on the paste screen, which says what to do.
  return new Response(null, {
    status: 303,
    headers: { Location: `/${locale}/diagnose?${next.toString()}`, "Cache-Control": "no-store" },
  });
}
