// What message headers say about a delivery, as data: Authentication-Results verdicts (RFC 8601,
// https://www.rfc-editor.org/rfc/rfc8601), ARC (RFC 8617), spam-filter verdict headers (SpamAssassin
// X-Spam-Status/X-Spam-Flag, Microsoft X-Forefront-Antispam-Report SFV/SCL, Barracuda, milter-greylist
// X-Greylist) and how long a hop may hold a message before it counts as slow. Read by lib/parse/headers.
import type { HeaderVerdicts } from "@/lib/content/error-catalog-schema";

// One row per line, like the other tables, so prettier is told to leave the layout alone.
// prettier-ignore
export const headerVerdicts: HeaderVerdicts = {
  // method=result pairs of Authentication-Results / ARC-Authentication-Results / Received-SPF.
  auth: [
    { method: "dmarc", results: ["fail"], meaning: { ko: "받는 서버가 DMARC 검사에서 불합격 처리했습니다 (보낸 도메인의 SPF·DKIM이 정렬되지 않음)", en: "The receiving server failed the message on DMARC (the sending domain's SPF/DKIM don't align)" }, causes: { "sender-domain-unauthenticated": 0.75 } },
    { method: "spf", results: ["fail", "softfail", "permerror"], meaning: { ko: "보낸 서버가 보낸 도메인의 SPF 레코드에 없습니다", en: "The sending server is not in the sending domain's SPF record" }, causes: { "sender-domain-unauthenticated": 0.6 } },
    { method: "dkim", results: ["fail", "permerror"], meaning: { ko: "DKIM 서명 검증에 실패했습니다", en: "The DKIM signature did not verify" }, causes: { "sender-domain-unauthenticated": 0.5 } },
    { method: "arc", results: ["fail"], meaning: { ko: "전달 경로의 ARC 서명 검증에 실패했습니다", en: "The ARC chain of the forwarding path did not verify" }, causes: { "sender-domain-unauthenticated": 0.35 } },
    { method: "spf", results: ["none"], meaning: { ko: "보낸 도메인에 SPF 레코드가 없습니다", en: "The sending domain publishes no SPF record" }, causes: { "sender-domain-unauthenticated": 0.35 } },
    { method: "dkim", results: ["none"], meaning: { ko: "DKIM 서명이 없습니다", en: "The message has no DKIM signature" }, causes: { "sender-domain-unauthenticated": 0.3 } },
    { method: "dmarc", results: ["pass"], meaning: { ko: "DMARC 검사를 통과했습니다", en: "The message passed DMARC" }, causes: {} },
    { method: "spf", results: ["pass"], meaning: { ko: "SPF 검사를 통과했습니다", en: "The message passed SPF" }, causes: {} },
    { method: "dkim", results: ["pass"], meaning: { ko: "DKIM 서명이 맞습니다", en: "The DKIM signature verified" }, causes: {} },
  ],
  // Spam verdict headers: the header name, the value pattern (lower case, substring) and what it means.
  spam: [
    { header: "x-spam-flag", startsWith: "yes", meaning: { ko: "스팸 필터가 이 메일을 스팸으로 표시했습니다", en: "The spam filter flagged this message as spam" }, causes: { "spam-rejected": 0.65 } },
    { header: "x-spam-status", startsWith: "yes", meaning: { ko: "스팸 필터(SpamAssassin)가 스팸으로 판정했습니다", en: "The spam filter (SpamAssassin) judged it spam" }, causes: { "spam-rejected": 0.65 } },
    { header: "x-spam-status", startsWith: "no", meaning: { ko: "스팸 필터(SpamAssassin)는 스팸이 아니라고 판정했습니다", en: "The spam filter (SpamAssassin) judged it not spam" }, causes: {} },
    { header: "x-forefront-antispam-report", contains: "sfv:spm", meaning: { ko: "Microsoft 365 필터가 스팸으로 분류했습니다", en: "Microsoft 365 filtering classified it as spam" }, causes: { "spam-rejected": 0.7 } },
    { header: "x-forefront-antispam-report", contains: "sfv:nspm", meaning: { ko: "Microsoft 365 필터는 스팸이 아니라고 판정했습니다", en: "Microsoft 365 filtering judged it not spam" }, causes: {} },
    { header: "x-ms-exchange-organization-scl", startsWith: "9", meaning: { ko: "Exchange가 스팸 지수(SCL) 9를 매겼습니다 (스팸 확실)", en: "Exchange rated the spam confidence level (SCL) 9 (certain spam)" }, causes: { "spam-rejected": 0.7 } },
    { header: "x-barracuda-spam-status", startsWith: "yes", meaning: { ko: "Barracuda 스팸 필터가 스팸으로 판정했습니다", en: "The Barracuda spam filter judged it spam" }, causes: { "spam-rejected": 0.65 } },
    { header: "x-greylist", startsWith: "delayed", meaning: { ko: "그레이리스팅으로 잠시 배달이 미뤄졌습니다 (보내는 서버가 다시 보내면 받습니다)", en: "Greylisting held the message back for a while (accepted when the sender retried)" }, causes: { greylisted: 0.75 } },
  ],
  // A hop holding the message this long is slow: up to greylistMax it looks like a deferral retried by the
  // sending server (greylisting retries after minutes); beyond it, like a queue that could not deliver.
  slowHopSeconds: 300,
  greylistMaxSeconds: 3600,
  slowHop: {
    greylist: { meaning: { ko: "이 구간에서 메일이 몇 분 동안 머물렀습니다 (그레이리스팅이나 일시 거절 뒤 재시도로 보입니다)", en: "The message waited minutes at this hop (looks like greylisting or a temporary refusal and a retry)" }, causes: { greylisted: 0.45 } },
    queued: { meaning: { ko: "이 구간에서 메일이 한 시간 넘게 머물렀습니다 (보내는 쪽 대기열에서 재시도)", en: "The message waited over an hour at this hop (retried from a queue)" }, causes: { "server-busy": 0.4 } },
  },
};
