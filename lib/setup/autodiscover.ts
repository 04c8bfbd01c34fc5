// Outlook's POX autodiscover for IMAP/POP/SMTP accounts (Microsoft [MS-OXDSCLI]): the request names the
// address; the answer lists the working servers. Exchange and ActiveSync schemas are not served here.
import type { SetupAccount, SetupServer, Security } from "./account";
import { el, readXml, writeXml } from "./xml";

export const autodiscoverType = "application/xml; charset=utf-8";
export const autodiscoverSchemas = {
  request: "http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006",
  response: "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006",
  outlook: "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a",
} as const;

export type AutodiscoverRequest =
  { ok: true; email: string } | { ok: false; reason: "malformed" | "other-schema" };

/** Reads `<Autodiscover><Request><EMailAddress>…` in Outlook's request namespace. */
export function readAutodiscoverRequest(body: string): AutodiscoverRequest {
  const doc = readXml(body);
  const root = doc?.documentElement;
  if (!root || root.localName !== "Autodiscover" || root.namespaceURI !== autodiscoverSchemas.request)
    return { ok: false, reason: "malformed" };
  const child = (name: string) =>
    Array.from(root.getElementsByTagNameNS(autodiscoverSchemas.request, name))[0]?.textContent?.trim();
  const wanted = child("AcceptableResponseSchema");
  // Outlook always names the schema it accepts; mobile ActiveSync clients ask for another one.
  if (wanted !== undefined && wanted !== autodiscoverSchemas.outlook)
    return { ok: false, reason: "other-schema" };
  const email = child("EMailAddress");
  return email ? { ok: true, email } : { ok: false, reason: "malformed" };
}

// `Encryption` (Outlook 2010 and later) tells implicit TLS ("SSL") from STARTTLS ("TLS") and wins over
// `SSL`; `SSL` alone (older Outlook) only says whether the login is protected.
const encryption: Record<Security, string> = { ssl: "SSL", starttls: "TLS", none: "None" };

function protocol(type: "IMAP" | "POP3" | "SMTP", s: SetupServer, email: string) {
  return el("Protocol", [
    el("Type", [type]),
    el("Server", [s.host]),
    el("Port", [s.port]),
    el("DomainRequired", ["off"]),
    el("LoginName", [email]),
    el("SPA", ["off"]),
    el("SSL", [s.security === "none" ? "off" : "on"]),
    el("Encryption", [encryption[s.security]]),
    el("AuthRequired", ["on"]),
    // Sending logs in with the incoming account's name and password: one password for both.
    ...(type === "SMTP" ? [el("UsePOPAuth", ["on"]), el("SMTPLast", ["off"])] : []),
  ]);
}

export function buildAutodiscover(account: SetupAccount): string {
  const { imap, pop3 } = account.incoming;
  return writeXml(
    el(
      "Autodiscover",
      [
        el(
          "Response",
          [
            el("Account", [
              el("AccountType", ["email"]),
              el("Action", ["settings"]),
              ...(imap ? [protocol("IMAP", imap, account.email)] : []),
              ...(pop3 ? [protocol("POP3", pop3, account.email)] : []),
              protocol("SMTP", account.outgoing, account.email),
            ]),
          ],
          undefined,
          autodiscoverSchemas.outlook,
        ),
      ],
      undefined,
      autodiscoverSchemas.response,
    ),
  );
}
