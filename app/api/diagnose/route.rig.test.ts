// POST /api/diagnose end to end, by import, against the loopback rig: the NDJSON stream, the first event
// at once, client limits, the cache, and servers named in a pasted message.
import { describe, expect, it } from "vitest";
import { diagnoseEventSchema, errorBodySchema, type DiagnoseEvent } from "@/lib/api/schema";
import { pointAtRig } from "@/lib/testing/rig-api";
import { POST } from "./route";

pointAtRig();

const post = (body: unknown, client: string, locale = "en") =>
  POST(
    new Request("http://localhost/api/diagnose", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "accept-language": locale,
        "x-forwarded-for": `10.9.9.9, ${client}`,
      },
      body: JSON.stringify(body),
    }),
  );

/** Reads the NDJSON stream, noting when the first line arrived. */
async function read(response: Response) {
  const started = performance.now();
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let firstAt: number | null = null;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    firstAt ??= performance.now() - started;
    text += decoder.decode(value, { stream: true });
  }
  const events = text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as unknown);
  return { events, firstMs: firstAt ?? Infinity };
}
const resultOf = (events: DiagnoseEvent[]) => events.at(-1) as Extract<DiagnoseEvent, { type: "result" }>;

describe("POST /api/diagnose (live, against the rig)", () => {
  it("streams start at once, then every check, then the result; every line follows the schema", async () => {
    const response = await post({ domain: "Good.TEST", symptom: "receive" }, "198.51.100.1");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    const { events, firstMs } = await read(response);
    expect(firstMs).toBeLessThan(100);
    const parsed = events.map((e) => diagnoseEventSchema.parse(e));
    expect(parsed[0]).toMatchObject({ type: "start", domain: "good.test" });
    expect(parsed.filter((e) => e.type === "dns").length).toBeGreaterThan(10);
    expect(parsed.filter((e) => e.type === "probe").length).toBeGreaterThanOrEqual(7);
    expect(parsed.filter((e) => e.type === "result")).toHaveLength(1);
    const result = resultOf(parsed);
    expect(result.settings?.outgoing).toEqual({
      host: "mail.good.test",
      port: 465,
      security: "ssl",
      auth: true,
    });
    expect(result.ms).toBeLessThan(10_000);
  });

  it("answers an identical check from the cache", async () => {
    const first = await read(await post({ domain: "relay.test" }, "198.51.100.2"));
    const started = performance.now();
    const second = await read(await post({ email: "someone@relay.test" }, "198.51.100.3"));
    const took = performance.now() - started;
    expect(resultOf(second.events as DiagnoseEvent[])).toMatchObject({ cached: true });
    expect(second.events.length).toBe(first.events.length);
    expect(took).toBeLessThan(100);
  });

  it("runs one check at a time per client (429 with Retry-After), other clients go ahead", async () => {
    const running = await post({ domain: "slow.test" }, "198.51.100.4"); // about 3 s: DNS answers too late
    const again = await post({ domain: "good.test" }, "198.51.100.4");
    expect(again.status).toBe(429);
    expect(again.headers.get("retry-after")).toBe("1");
    expect(errorBodySchema.parse(await again.json()).error.code).toBe("rate_limited");
    const other = await post({ domain: "good.test" }, "198.51.100.5");
    expect(other.status).toBe(200);
    await Promise.all([read(running), read(other)]);
    const after = await post({ domain: "good.test" }, "198.51.100.4");
    expect(after.status).toBe(200);
    await read(after);
  });

  it("allows 10 checks a minute per client, then 429", async () => {
    for (let i = 0; i < 10; i++) {
      const response = await post({ domain: "down.test" }, "2001:db8:77::1");
      expect(response.status).toBe(200);
      await read(response);
    }
    // Same /64, different address: still the same customer.
    const refused = await post({ domain: "down.test" }, "2001:db8:77:0:ffff::2");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(30);
  });

  it("checks the server named in a pasted message and keeps its protocol", async () => {
    const text =
      "Account: 'good.test', Server: 'mx.good.test', Protocol: POP3, Port: 110, Secure(SSL): No, Socket Error: 10061, Error Number: 0x800CCC0E";
    const { events } = await read(await post({ text, symptom: "error" }, "198.51.100.6"));
    expect(events[0]).toMatchObject({ type: "start", domain: null, servers: ["mx.good.test"] });
    expect(resultOf(events as DiagnoseEvent[]).settings?.incoming).toEqual({
      host: "mx.good.test",
      port: 995,
      protocol: "pop3",
      security: "ssl",
    });
  });

  it("says why it did not check 127.0.0.1 from a pasted message (antivirus proxy case), in Korean", async () => {
    const text =
      "서버: '127.0.0.1', 프로토콜: POP3, 포트: 1110, 보안(SSL): 아니요, 소켓 오류: 10061, 오류 번호: 0x800CCC0E";
    const { events } = await read(await post({ domain: "good.test", text }, "198.51.100.7", "ko"));
    const result = resultOf(events as DiagnoseEvent[]);
    expect(result.findings.find((f) => f.id === "target-refused")?.message).toBe(
      "127.0.0.1 은(는) 확인하지 않았습니다: IP 주소 대신 도메인 이름(예: example.com)을 입력해 주세요.",
    );
  });

  it("`fresh` (check again) is not answered from the cache, and still counts against the client's limits", async () => {
    await read(await post({ domain: "expired.test" }, "198.51.100.8"));
    const fresh = await post({ domain: "expired.test", fresh: true }, "198.51.100.9");
    const meanwhile = await post({ domain: "expired.test", fresh: true }, "198.51.100.9");
    expect(meanwhile.status).toBe(429);
    const { events } = await read(fresh);
    expect(resultOf(events as DiagnoseEvent[])).toMatchObject({ cached: false });
    expect(events.some((e) => (e as { source?: string }).source === "probed")).toBe(true);
  });
});
