import { describe, expect, it } from "vitest";
import { decodeErrorText } from "./index";

const top = (text: string) => decodeErrorText(text).causes[0]?.id;

describe("the generic layer: what libraries and servers say, whichever program shows it", () => {
  it.each([
    ["socket.gaierror: [Errno -2] Name or service not known", "server-not-found"],
    ["getaddrinfo ENOTFOUND smtp.example.com", "server-not-found"],
    ["msmtp: cannot locate host mail.example.com: 이름 혹은 서비스를 알 수 없습니다", "server-not-found"],
    ["java.net.UnknownHostException: mail.example.com", "server-not-found"],
    ["connect ECONNREFUSED 192.0.2.10:587", "connection-refused"],
    ["ConnectionRefusedError: [Errno 111] Connection refused", "connection-refused"],
    ["mail.example.com (연결이 거부됨)로 연결할 수 없음", "connection-refused"],
    ["No connection could be made because the target machine actively refused it", "connection-refused"],
    ["java.net.SocketTimeoutException: connect timed out", "connection-timeout"],
    ["ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:992)", "tls-mismatch"],
    ["gnutls_handshake: An unexpected TLS packet was received.", "tls-mismatch"],
    ["SSL received a record that exceeded the maximum permissible length.", "tls-mismatch"],
    ["javax.net.ssl.SSLException: Unrecognized SSL message, plaintext connection?", "tls-mismatch"],
    ["Socket error on imap.example.com (192.0.2.10:993): timeout.", "tls-mismatch"],
    ["STARTTLS extension not supported by server.", "tls-mismatch"],
    ["curl: (67) Login denied", "wrong-password"],
  ])("%s → %s", (text, cause) => {
    expect(top(text)).toBe(cause);
  });

  it("reads certificate verdicts of every TLS library as a certificate problem", () => {
    for (const text of [
      "SSL certificate problem: certificate has expired",
      "msmtp: TLS certificate verification failed: The certificate is NOT trusted. The certificate issuer is unknown.",
      "Peer’s Certificate has expired.",
      "상대방의 인증서가 만료되었습니다.",
      "javax.net.ssl.SSLHandshakeException: java.security.cert.CertPathValidatorException: Trust anchor for certification path not found.",
      "The remote certificate is invalid according to the validation procedure.",
      "The certificate for mail.example.com is not valid for that server. Someone could be trying to impersonate the server and you should not continue.",
      "mail.example.com 인증서의 출처를 신뢰할 수 없습니다.",
    ])
      expect(top(text), text).toBe("certificate-invalid");
  });

  it("never reads a refused login method or a login before encryption as a wrong password", () => {
    for (const text of [
      "535 5.7.8 Error: authentication failed: Invalid authentication mechanism",
      "-ERR [AUTH] Unsupported authentication mechanism.",
      "NO [ALERT] Unsupported authentication mechanism.",
      "503 5.5.1 Error: authentication not enabled",
      "* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED\nfetchmail: mail.example.com: --auth password requested but server forbids it (LOGINDISABLED).",
      "a1 NO [PRIVACYREQUIRED] Plaintext authentication disabled.",
      "504 5.5.4 Encryption required for requested authentication mechanism",
      "smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.",
      "msmtp: the server does not support authentication method CRAM-MD5",
    ])
      expect(top(text), text).not.toBe("wrong-password");
  });

  it("lets a program's exact sentence outrank the generic library words in the same message", () => {
    const text =
      "fetchmail: WARNING: mail.example.com configuration invalid, you normally need port 995/service pop3s for --ssl.\nfetchmail: timeout after 8 seconds waiting for server mail.example.com.";
    expect(top(text)).toBe("tls-mismatch");
  });

  it("keeps a bounce's remote verdict first when a client-looking line is quoted in it", () => {
    const bounce =
      "This is the mail system at host mail.example.org.\n\n<a@example.net>: connect to mx.example.net[192.0.2.10]:25: Connection timed out";
    expect(top(bounce)).toBe("server-down");
  });
});
