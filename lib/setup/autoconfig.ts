// Thunderbird's autoconfig document, clientConfig 1.1 (wiki.mozilla.org/Thunderbird:Autoconfiguration:
// ConfigFileFormat): every incoming protocol that works (IMAP first, Thunderbird's default) and the
// outgoing server. Thunderbird puts the address in for %EMAILADDRESS%, so one document serves a domain.
import type { SetupAccount, SetupServer, Security } from "./account";
import { el, writeXml, type XmlElement } from "./xml";

export const autoconfigType = "application/xml; charset=utf-8";

const socketType: Record<Security, string> = { ssl: "SSL", starttls: "STARTTLS", none: "plain" };

function server(
  kind: "incomingServer" | "outgoingServer",
  type: string,
  s: SetupServer,
  extra: XmlElement[],
) {
  return el(
    kind,
    [
      el("hostname", [s.host]),
      el("port", [s.port]),
      el("socketType", [socketType[s.security]]),
      // The password as typed, inside TLS: what hosting servers (Dovecot, Postfix) accept.
      el("authentication", ["password-cleartext"]),
      el("username", ["%EMAILADDRESS%"]),
      ...extra,
    ],
    { type },
  );
}

export function buildAutoconfig(account: SetupAccount): string {
  const { imap, pop3 } = account.incoming;
  // POP3 keeps a copy on the server, so a phone or a second computer still sees the mail.
  const keepOnServer = el("pop3", [el("leaveMessagesOnServer", ["true"])]);
  return writeXml(
    el(
      "clientConfig",
      [
        el(
          "emailProvider",
          [
            el("domain", [account.domain]),
            el("displayName", [account.domain]),
            el("displayShortName", [account.domain]),
            ...(imap ? [server("incomingServer", "imap", imap, [])] : []),
            ...(pop3 ? [server("incomingServer", "pop3", pop3, [keepOnServer])] : []),
            server("outgoingServer", "smtp", account.outgoing, []),
          ],
          { id: account.domain },
        ),
      ],
      { version: "1.1" },
    ),
  );
}
