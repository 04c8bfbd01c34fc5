// Inferences an expert draws from several fields at once. All conditions of `when` must hold; `failureIn`
// is the kind of connection failure the message shows (from the socket error, the error number or a phrase).
// Sources: reference notes §6 (antivirus mail proxies, Korea's port-25 blocking) and RFC 8314 (port/TLS pairs).
import type { ContextRule } from "@/lib/content/error-catalog-schema";

const connectFailures = ["refused", "timeout", "connect"] as const;
const avProxyPorts = [1110, 1025, 1143, 12110, 12025, 12143, 12119];

// One row per line, like the reference tables, so prettier is told to leave the layout alone.
// prettier-ignore
export const contextRules: ContextRule[] = [
  // An antivirus program that rewrote the settings to its local proxy leaves 127.0.0.1 behind; when it is
  // uninstalled or stopped, nothing listens there any more (Norton 2000/2001, Avast, AVG: reference §6).
  { id: "server-is-this-computer", when: { serverIn: ["127.0.0.1", "localhost", "::1", "pop3.norton.antivirus", "smtp.norton.antivirus"] }, about: "server", meaning: { ko: "서버 주소가 이 컴퓨터 자신입니다. 백신 프로그램이 메일 설정을 자기 검사 프록시로 바꿔 놓은 흔적입니다", en: "The server address is this computer itself: an antivirus program changed the settings to its own mail proxy" }, causes: { "antivirus-interference": 0.9 }, supersedes: ["connection-refused", "connection-timeout", "server-not-found", "server-down", "port25-blocked"] },
  { id: "port-is-a-proxy-port", when: { portIn: avProxyPorts }, about: "port", meaning: { ko: "메일 표준 포트가 아닌 백신·프록시 프로그램의 포트입니다. 백신이 설정을 바꿨을 가능성이 큽니다", en: "This is an antivirus or proxy program's port, not a standard mail port: an antivirus probably changed the settings" }, causes: { "antivirus-interference": 0.85 }, supersedes: ["connection-refused", "connection-timeout", "server-down", "port25-blocked"] },
  // Korean ISPs block outgoing TCP 25 on home lines (KISA OP25B); timeouts are the typical symptom.
  { id: "smtp-port-25-timeout", when: { protocol: "SMTP", portIn: [25], failureIn: ["timeout"] }, about: "port", meaning: { ko: "보내는 메일이 25번 포트에서 응답 없이 멈췄습니다. 인터넷 회사가 25번을 막는 전형적인 모습입니다 (587이나 465로 바꾸세요)", en: "Sending on port 25 got no answer: the typical sign of an internet provider blocking port 25 (switch to 587 or 465)" }, causes: { "port25-blocked": 0.75 }, supersedes: ["connection-timeout"] },
  { id: "smtp-port-25-failed", when: { protocol: "SMTP", portIn: [25], failureIn: ["refused", "connect"] }, about: "port", meaning: { ko: "보내는 메일이 25번 포트로 연결하지 못했습니다. 인터넷 회사가 25번 포트를 막았을 수 있습니다 (587이나 465로 바꾸세요)", en: "Sending could not connect on port 25: your internet provider may block port 25 (switch to 587 or 465)" }, causes: { "port25-blocked": 0.5 } },
  // Sending refused on a port the message doesn't name: port 25 blocking is one of the usual reasons.
  { id: "smtp-refused-port-unknown", when: { protocol: "SMTP", portKnown: false, failureIn: ["refused"] }, about: "protocol", meaning: { ko: "보내는 메일 서버가 연결을 거부했습니다. 25번 포트라면 인터넷 회사가 막았을 수 있습니다 (587이나 465로 바꾸세요)", en: "The outgoing server refused the connection. On port 25, your internet provider may block it (switch to 587 or 465)" }, causes: { "port25-blocked": 0.3 } },
  { id: "ssl-on-plain-port", when: { secure: true, portIn: [25, 110, 143, 587], failureIn: [...connectFailures, "dropped"] }, about: "secure", meaning: { ko: "SSL을 켠 채 암호화 없는 포트에 연결했습니다. SSL이면 995·993·465, 아니면 SSL을 끄고 STARTTLS를 쓰세요", en: "SSL is on, but the port is a plain one: with SSL use 995, 993 or 465; otherwise turn SSL off and use STARTTLS" }, causes: { "tls-mismatch": 0.75 }, supersedes: ["connection-timeout", "connection-refused", "connection-dropped"] },
  { id: "plain-on-ssl-port", when: { secure: false, portIn: [465, 993, 995], failureIn: [...connectFailures, "dropped"] }, about: "secure", meaning: { ko: "SSL이 꺼진 채 SSL 전용 포트에 연결했습니다. 이 포트에서는 SSL을 켜야 합니다", en: "SSL is off, but the port expects SSL from the start: turn SSL on for this port" }, causes: { "tls-mismatch": 0.75 }, supersedes: ["connection-timeout", "connection-refused", "connection-dropped"] },
  // Connected to 465/993/995 and then silence, with no word about SSL: the program waits for a greeting that
  // never comes, because these ports speak TLS first (a TLS handshake that stalls is a silent server instead).
  { id: "silence-on-implicit-tls-port", when: { portIn: [465, 993, 995], failureIn: ["timeout"], secure: null }, about: "port", meaning: { ko: "SSL 전용 포트(465·993·995)에 연결한 뒤 아무 응답이 없었습니다: 이 포트에서는 SSL/TLS를 켜야 합니다 (STARTTLS나 암호화 없음이 아니라)", en: "Connected to an SSL-only port (465, 993, 995) and then nothing: these ports need SSL/TLS turned on (not STARTTLS or no encryption)" }, causes: { "tls-mismatch": 0.65 }, supersedes: ["connection-timeout"] },
  { id: "pop3-on-other-port", when: { protocol: "POP3", portIn: [25, 465, 587, 143, 993] }, about: "port", meaning: { ko: "받는 메일(POP3)에 다른 용도의 포트가 적혀 있습니다. POP3는 110 또는 995입니다", en: "Incoming mail (POP3) is set to another service's port: POP3 uses 110 or 995" }, causes: { "connection-refused": 0.6 } },
  { id: "imap-on-other-port", when: { protocol: "IMAP", portIn: [25, 465, 587, 110, 995] }, about: "port", meaning: { ko: "받는 메일(IMAP)에 다른 용도의 포트가 적혀 있습니다. IMAP은 143 또는 993입니다", en: "Incoming mail (IMAP) is set to another service's port: IMAP uses 143 or 993" }, causes: { "connection-refused": 0.6 } },
  { id: "smtp-on-other-port", when: { protocol: "SMTP", portIn: [110, 995, 143, 993] }, about: "port", meaning: { ko: "보내는 메일(SMTP)에 받는 메일 포트가 적혀 있습니다. 보내는 메일은 587 또는 465입니다", en: "Outgoing mail (SMTP) is set to an incoming mail port: use 587 or 465" }, causes: { "connection-refused": 0.6 } },
];
