// Windows Sockets (Winsock) error codes seen in mail errors: "Socket Error: 10061", "소켓 오류: 10061",
// or the HRESULT form 0x8007 + hex(code) (0x8007274D = 10061).
// Source: https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2 (reference §2).
import type { SocketErrorEntry } from "@/lib/content/error-catalog-schema";

// One row per line, like the reference tables, so prettier is told to leave the layout alone.
// prettier-ignore
export const socketErrors: SocketErrorEntry[] = [
  { code: 10013, name: "WSAEACCES", meaning: { ko: "이 컴퓨터의 방화벽이나 백신이 연결을 막았습니다", en: "A firewall or antivirus on this computer blocked the connection" }, causes: { "antivirus-interference": 0.6, "local-network-broken": 0.25 }, failure: "connect" },
  { code: 10050, name: "WSAENETDOWN", meaning: { ko: "네트워크가 꺼져 있습니다", en: "The network is down" }, causes: { "no-internet": 0.65, "local-network-broken": 0.3 }, failure: "connect" },
  { code: 10051, name: "WSAENETUNREACH", meaning: { ko: "서버가 있는 네트워크로 갈 길이 없습니다 (인터넷·VPN 확인)", en: "There's no route to the server's network (check the internet or VPN)" }, causes: { "no-internet": 0.6, "connection-timeout": 0.2 }, failure: "connect" },
  { code: 10053, name: "WSAECONNABORTED", meaning: { ko: "이 컴퓨터의 프로그램(대개 백신·방화벽)이 연결을 끊었습니다", en: "Software on this computer (usually an antivirus or firewall) aborted the connection" }, causes: { "antivirus-interference": 0.7, "connection-dropped": 0.4 }, failure: "dropped" },
  { code: 10054, name: "WSAECONNRESET", meaning: { ko: "서버 쪽에서 연결을 강제로 끊었습니다", en: "The remote side forcibly closed the connection" }, causes: { "connection-dropped": 0.65, "tls-mismatch": 0.3, "ip-blocklisted": 0.15 }, failure: "dropped" },
  { code: 10060, name: "WSAETIMEDOUT", meaning: { ko: "서버에서 응답이 없어 연결 시간이 초과되었습니다", en: "The server didn't answer and the connection timed out" }, causes: { "connection-timeout": 0.8, "server-down": 0.2 }, failure: "timeout" },
  { code: 10061, name: "WSAECONNREFUSED", meaning: { ko: "서버가 연결을 거부했습니다", en: "The server refused the connection" }, causes: { "connection-refused": 0.8, "server-down": 0.2, "antivirus-interference": 0.15 }, failure: "refused" },
  { code: 10064, name: "WSAEHOSTDOWN", meaning: { ko: "서버 컴퓨터가 꺼져 있습니다", en: "The server host is down" }, causes: { "server-down": 0.7 }, failure: "timeout" },
  { code: 10065, name: "WSAEHOSTUNREACH", meaning: { ko: "서버까지 갈 길이 없습니다 (네트워크·방화벽)", en: "There's no route to the server (network or firewall)" }, causes: { "connection-timeout": 0.45, "no-internet": 0.4 }, failure: "connect" },
  { code: 11001, name: "WSAHOST_NOT_FOUND", meaning: { ko: "그런 이름의 서버가 없습니다 (서버 이름 오타 또는 DNS 문제)", en: "No host by that name exists (a typo in the server name, or DNS)" }, causes: { "server-not-found": 0.8, "no-internet": 0.15 }, failure: "dns" },
  { code: 11002, name: "WSATRY_AGAIN", meaning: { ko: "DNS가 잠시 서버 이름을 찾지 못했습니다", en: "DNS temporarily could not find the server name" }, causes: { "server-not-found": 0.5, "no-internet": 0.35 }, failure: "dns" },
  { code: 11003, name: "WSANO_RECOVERY", meaning: { ko: "DNS 조회에 복구할 수 없는 오류가 났습니다", en: "The DNS lookup hit a non-recoverable error" }, causes: { "server-not-found": 0.55, "no-internet": 0.3 }, failure: "dns" },
  { code: 11004, name: "WSANO_DATA", meaning: { ko: "이름은 있지만 서버 주소(A 레코드)가 없습니다 (mail. 같은 정확한 서버 이름을 쓰세요)", en: "The name exists but has no server address (use the exact host name, e.g. mail.)" }, causes: { "server-not-found": 0.8 }, failure: "dns" },
];
