import { describe, expect, it } from "vitest";
import { messageStore } from "@/lib/wizard/message-store";
import { POST } from "./route";

function post(fields: Record<string, string>, headers: Record<string, string> = {}) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return POST(new Request("http://localhost/ko/diagnose/message", { method: "POST", body: form, headers }), {
    params: Promise.resolve({ locale: "ko" }),
  });
}

const location = (response: Response) => new URL(response.headers.get("location")!, "http://localhost");

describe("POST /{locale}/diagnose/message", () => {
  it("holds a 20 000-character paste whose line breaks the form sent as CRLF, and links it by id", async () => {
    // 20 000 characters as the textarea counted them (LF = 1); the form encoding sends each LF as CRLF.
    const line = `${"가".repeat(99)}\n`;
    const text = line.repeat(200);
    expect(text).toHaveLength(20_000);
    const response = await post({
      symptom: "error",
      error: text.replace(/\n/g, "\r\n"),
      msgid: "a".repeat(32),
    });
    expect(response.status).toBe(303);
    const next = location(response);
    expect(next.pathname).toBe("/ko/diagnose");
    expect(next.searchParams.get("msg")).toBe("a".repeat(32));
    expect(next.searchParams.get("error")).toBeNull();
    expect(messageStore().get("a".repeat(32))).toBe(text.trim());
  });

  it("puts a short message into the link with its answers, and drops fields it does not know", async () => {
    const response = await post({
      symptom: "send",
      client: "outlook",
      error: "550 5.7.1 Relaying denied\r\n",
      x: "1",
    });
    const next = location(response);
    expect(next.searchParams.get("error")).toBe("550 5.7.1 Relaying denied");
    expect(next.searchParams.get("client")).toBe("outlook");
    expect(next.searchParams.get("x")).toBeNull();
  });

  it("refuses a post from another site", async () => {
    const response = await post(
      { error: "x" },
      { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    );
    expect(response.status).toBe(403);
  });
});
