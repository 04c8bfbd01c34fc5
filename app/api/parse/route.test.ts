import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { errorBodySchema, parseResponseSchema } from "@/lib/api/schema";
import { GET, POST } from "./route";

const realBounce = (file: string) =>
  readFileSync(join(process.cwd(), "lib/parse/corpus/real/bounces", file), "utf8");

const case1 =
  "서버에 연결할 수 없습니다. 계정: 'BBBBB.com', 서버: 'BBBBB.com', 프로토콜: POP3, 포트: 110, 보안(SSL): 아니오, 소켓 오류: 10061, 오류 번호: 0x800CCC0E";

function post(body: BodyInit | null, headers: Record<string, string> = {}) {
  return POST(
    new Request("http://localhost/api/parse", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
    }),
  );
}

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  const body = errorBodySchema.parse(await response.json());
  expect(body.error.code).toBe(code);
  expect(body.error.message).not.toBe("");
  return body;
}

describe("POST /api/parse", () => {
  it("reads a whole raw bounce (.eml): the remote verdict, the sentence and the report fields", async () => {
    const response = await post(JSON.stringify({ text: realBounce("sendmail-01.eml") }), {
      "accept-language": "en",
    });
    expect(response.status).toBe(200);
    const body = parseResponseSchema.parse(await response.json());
    expect(body.causes[0]?.id).toBe("recipient-unknown");
    expect(body.bounce).toMatchObject({
      recipient: "userunknown@bouncehammer.jp",
      remoteHost: "mx.bouncehammer.jp",
    });
    expect(body.bounce?.sentence).toBe(
      "The receiving server mx.bouncehammer.jp refused your message to userunknown@bouncehammer.jp: the recipient address doesn't exist.",
    );
  });

  it("reads pasted headers: the hop table and the verdict headers", async () => {
    const headers = readFileSync(
      join(process.cwd(), "lib/parse/corpus/real/headers/fml-01-original.txt"),
      "utf8",
    );
    const body = parseResponseSchema.parse(await (await post(JSON.stringify({ text: headers }))).json());
    expect(body.headers?.hops.length).toBe(9);
    expect(body.headers?.hops.some((hop) => hop.tls === true)).toBe(true);
    expect(body.causes[0]?.id).toBe("server-busy");
  });

  it("decodes a message: 200 with every field and ranked causes (Korean evidence by default)", async () => {
    const response = await post(JSON.stringify({ text: case1 }));
    expect(response.status).toBe(200);
    const body = parseResponseSchema.parse(await response.json());
    expect(body.fields).toEqual({
      client: "outlook-legacy",
      language: "ko",
      account: "BBBBB.com",
      server: "BBBBB.com",
      protocol: "POP3",
      port: 110,
      secure: false,
      socketError: 10061,
      errorNumber: "0x800CCC0E",
      serverError: null,
      serverResponse: null,
      smtpCode: null,
      enhancedStatus: null,
      rejectedAddress: null,
    });
    expect(body.causes[0]?.id).toBe("connection-refused");
    expect(body.causes[0]?.evidence[0]).toBe("소켓 오류 10061: 서버가 연결을 거부했습니다");
  });

  it("gives English evidence for Accept-Language: en", async () => {
    const response = await post(JSON.stringify({ text: case1 }), { "accept-language": "en-US,en;q=0.9" });
    const body = parseResponseSchema.parse(await response.json());
    expect(body.causes[0]?.evidence[0]).toBe("Socket error 10061: The server refused the connection");
  });

  it("answers 200 with no causes for text it cannot read", async () => {
    const response = await post(JSON.stringify({ text: "hello, my mail is weird" }));
    expect(response.status).toBe(200);
    expect(parseResponseSchema.parse(await response.json()).causes).toEqual([]);
  });

  it("rejects an empty body with 400", async () => {
    await expectError(await post(null), 400, "invalid_request");
    await expectError(await post(""), 400, "invalid_request");
  });

  it("rejects a body that is not JSON with 400", async () => {
    await expectError(await post("text=hello"), 400, "invalid_request");
    await expectError(await post('{"text": '), 400, "invalid_request");
  });

  it("rejects JSON without a text string with 400", async () => {
    await expectError(await post(JSON.stringify({})), 400, "invalid_request");
    await expectError(await post(JSON.stringify({ text: 42 })), 400, "invalid_request");
    await expectError(await post(JSON.stringify([case1])), 400, "invalid_request");
  });

  it("rejects whitespace-only text with 400", async () => {
    await expectError(await post(JSON.stringify({ text: "  \n\t  " })), 400, "invalid_request");
  });

  it("rejects text over 20 000 characters with 413, and accepts exactly 20 000 after trimming", async () => {
    await expectError(await post(JSON.stringify({ text: "a".repeat(20_001) })), 413, "payload_too_large");
    const atLimit = await post(JSON.stringify({ text: `  ${"a".repeat(20_000)}  ` }));
    expect(atLimit.status).toBe(200);
  });

  it("rejects a body over 128 KiB with 413 before parsing it; 20 000 Korean characters fit", async () => {
    expect((await post(JSON.stringify({ text: "가".repeat(20_000) }))).status).toBe(200);
    await expectError(
      await post(JSON.stringify({ text: "a", pad: "x".repeat(128 * 1024) })),
      413,
      "payload_too_large",
    );
  });

  it("rejects a body that is not application/json with 415", async () => {
    await expectError(
      await post(JSON.stringify({ text: case1 }), { "content-type": "text/plain" }),
      415,
      "unsupported_media_type",
    );
  });

  it("rejects a POST from another site's page with 403, in the request's language", async () => {
    const response = await post(JSON.stringify({ text: case1 }), {
      origin: "https://evil.example",
      "accept-language": "en",
    });
    const body = await expectError(response, 403, "cross_site");
    expect(body.error.message).toBe("Requests from another site's pages are not accepted.");
  });

  it("answers other methods with a JSON 405 and Allow", async () => {
    const response = GET(new Request("http://localhost/api/parse"));
    expect(response.headers.get("allow")).toBe("POST, OPTIONS");
    await expectError(response, 405, "method_not_allowed");
  });
});
