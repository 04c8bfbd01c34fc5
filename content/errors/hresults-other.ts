// Outlook / MAPI (0x8004xxxx), Win32 (0x8007xxxx) and Windows Mail app error numbers, and the fallback
// meaning of each number family. Sources: reference notes §1.2 and §5.4 (gromox error_codes.rst, mapicode.h,
// Microsoft Learn). 0x8007xxxx numbers whose low word is a Winsock code are decoded from socket-errors.ts.
import type { HresultEntry, HresultFamily } from "@/lib/content/error-catalog-schema";

// One row per line, like the reference tables, so prettier is told to leave the layout alone.
// prettier-ignore
export const otherHresults: HresultEntry[] = [
  { codes: ["0x80042108"], meaning: { ko: "Outlook이 받는 메일(POP3) 서버에 연결하지 못했습니다", en: "Outlook can't connect to the incoming (POP3) server" }, causes: { "connection-refused": 0.4, "connection-timeout": 0.3, "tls-mismatch": 0.2, "antivirus-interference": 0.2 }, protocol: "POP3", client: "outlook", failure: "connect" },
  { codes: ["0x80042109"], meaning: { ko: "Outlook이 보내는 메일(SMTP) 서버에 연결하지 못했습니다 (25번 포트 차단이 흔한 원인)", en: "Outlook can't connect to the outgoing (SMTP) server (port 25 blocking is a common cause)" }, causes: { "port25-blocked": 0.45, "connection-refused": 0.35, "connection-timeout": 0.3, "tls-mismatch": 0.2 }, protocol: "SMTP", client: "outlook", failure: "connect" },
  { codes: ["0x8004210A"], meaning: { ko: "받는 메일(POP) 서버의 응답을 기다리다 시간이 초과되었습니다", en: "Waiting for the incoming (POP) server timed out" }, causes: { "connection-timeout": 0.55, "antivirus-interference": 0.3 }, protocol: "POP3", client: "outlook", failure: "timeout" },
  { codes: ["0x8004210B"], meaning: { ko: "보내는 메일(SMTP) 서버의 응답을 기다리다 시간이 초과되었습니다 (뒤에 서버 응답이 있으면 그것이 진짜 이유)", en: "Waiting for the outgoing (SMTP) server timed out (a server response after it is the real reason)" }, causes: { "connection-timeout": 0.55, "port25-blocked": 0.3, "antivirus-interference": 0.25 }, protocol: "SMTP", client: "outlook", failure: "timeout" },
  { codes: ["0x80040119"], name: "MAPI_E_EXTENDED_ERROR", meaning: { ko: "Outlook 데이터 파일(PST/OST)이나 프로필이 손상되었을 때 나는 오류입니다", en: "Usually a damaged Outlook data file (PST/OST) or profile" }, causes: { "data-file-problem": 0.75 }, client: "outlook" },
  { codes: ["0x80040600"], name: "MAPI_E_CORRUPT_STORE", meaning: { ko: "Outlook 데이터 파일(PST)이 손상되었습니다", en: "The Outlook data file (PST) is damaged" }, causes: { "data-file-problem": 0.85 }, client: "outlook" },
  { codes: ["0x8004060C"], name: "MAPI_E_STORE_FULL", meaning: { ko: "Outlook 데이터 파일(PST/OST)이 최대 크기에 도달했습니다", en: "The Outlook data file (PST/OST) has reached its maximum size" }, causes: { "data-file-problem": 0.85 }, client: "outlook" },
  { codes: ["0x80040115"], name: "MAPI_E_NETWORK_ERROR", meaning: { ko: "지금 서버(Exchange)에 연결할 수 없습니다", en: "The (Exchange) server can't be reached right now" }, causes: { "no-internet": 0.35, "server-down": 0.3 }, client: "outlook" },
  { codes: ["0x8004011D"], name: "MAPI_E_FAILONEPROVIDER", meaning: { ko: "서버(Exchange)를 사용할 수 없습니다", en: "The (Exchange) server is not available" }, causes: { "server-down": 0.35, "no-internet": 0.3 }, client: "outlook" },
  { codes: ["0x80040111", "0x8004010F"], meaning: { ko: "Outlook 로그온 또는 프로필 항목을 찾지 못했습니다 (새 프로필을 만들어 보세요)", en: "Outlook logon failed or a profile item is missing (try a new profile)" }, causes: { "data-file-problem": 0.45, "wrong-password": 0.2 }, client: "outlook" },
  { codes: ["0x80048002"], meaning: { ko: "보내기/받기 작업이 끝나기 전에 취소되었습니다 (대개 연결 끊김이나 시간 초과)", en: "The send/receive task was cancelled before it finished (usually a dropped or timed-out connection)" }, causes: { "connection-dropped": 0.4, "connection-timeout": 0.3 }, client: "outlook", failure: "dropped" },
  { codes: ["0x80004005"], name: "E_FAIL", meaning: { ko: "작업이 실패했습니다 (원인이 적히지 않은 일반 오류, 백신 추가 기능이 흔한 원인)", en: "The operation failed (a generic error; antivirus add-ins are a common cause)" }, causes: { "antivirus-interference": 0.35, "data-file-problem": 0.25 } },
  { codes: ["0x80070005"], name: "E_ACCESSDENIED", meaning: { ko: "접근이 거부되었습니다 (Outlook.com 계정 보내기 오류로 자주 보입니다)", en: "Access denied (often an Outlook.com account sending error)" }, causes: { "windows-mail-app": 0.35, "wrong-password": 0.3 } },
  { codes: ["0x8DE00005"], meaning: { ko: "Windows Live Mail의 DeltaSync(옛 Hotmail 동기화) 오류입니다. 이 방식은 없어졌습니다", en: "A Windows Live Mail DeltaSync (old Hotmail sync) error; that method is gone" }, causes: { "protocol-retired": 0.85 }, client: "outlook-legacy" },
  { codes: ["0x80072EE7"], meaning: { ko: "서버 이름을 주소로 바꾸지 못했습니다 (DNS, 프록시, 인터넷 연결)", en: "The server name could not be resolved (DNS, proxy, or no internet)" }, causes: { "server-not-found": 0.6, "no-internet": 0.35 }, failure: "dns" },
  { codes: ["0x80072EFD"], meaning: { ko: "서버에 연결할 수 없습니다 (방화벽·프록시)", en: "Can't connect to the server (firewall or proxy)" }, causes: { "connection-timeout": 0.35, "connection-refused": 0.3, "antivirus-interference": 0.2 }, failure: "connect" },
  { codes: ["0x80072F8F"], meaning: { ko: "보안 연결에 실패했습니다 (컴퓨터 날짜가 틀렸거나 TLS 문제)", en: "The secure connection failed (the computer's clock is wrong, or TLS)" }, causes: { "tls-mismatch": 0.65 } },
  { codes: ["0x80070490"], name: "ERROR_NOT_FOUND", meaning: { ko: "Windows 메일 앱에서 계정 정보를 찾지 못했습니다 (요소를 찾을 수 없음)", en: "The Windows Mail app could not find the account data (element not found)" }, causes: { "windows-mail-app": 0.8 }, client: "other" },
  { codes: ["0x8000000B"], name: "E_BOUNDS", meaning: { ko: "Windows 메일 앱이 계정을 자동으로 설정하지 못했습니다 (고급 설정으로 직접 입력)", en: "The Windows Mail app could not set up the account automatically (use Advanced setup)" }, causes: { "windows-mail-app": 0.8 }, client: "other" },
];

// prettier-ignore
export const hresultFamilies: HresultFamily[] = [
  { prefix: "0x800CCC", meaning: { ko: "Outlook/Outlook Express 인터넷 전송 오류입니다 (목록에 없는 번호)", en: "An Outlook / Outlook Express Internet transport error (a number not in our list)" } },
  { prefix: "0x8004", meaning: { ko: "Outlook(MAPI) 오류입니다 (목록에 없는 번호)", en: "An Outlook (MAPI) error (a number not in our list)" } },
  { prefix: "0x8007", meaning: { ko: "Windows 시스템 오류 {code}번입니다", en: "Windows system error {code}" } },
];
