import { describe, expect, it } from "vitest";
import { readLinkParams } from "@/lib/params";
import { fixHref } from "./fix-link";

const settings = {
  incoming: { host: "mx.example.test", port: 995, protocol: "pop3" as const, security: "ssl" as const },
  outgoing: { host: "mx.example.test", port: 587, security: "starttls" as const, auth: true as const },
};

describe("fixHref", () => {
  it("carries the working settings as in/out and the current ones as server/port/protocol/ssl", () => {
    const href = fixHref("ko", "antivirus-interference", {
      link: { domain: "example.test" },
      client: "outlook-legacy",
      settings,
      current: { host: "127.0.0.1", port: 110, protocol: "pop3", ssl: false },
    });
    expect(href).toBe(
      "/ko/fix/antivirus-interference?client=outlook-legacy&domain=example.test&server=127.0.0.1&port=110" +
        "&protocol=pop3&ssl=0&in=pop3%3Amx.example.test%3A995%3Assl&out=mx.example.test%3A587%3Astarttls",
    );
    const { params, invalid } = readLinkParams(new URL(href, "http://x").searchParams);
    expect(invalid).toEqual([]);
    expect(params.in).toEqual({ protocol: "pop3", host: "mx.example.test", port: 995, security: "ssl" });
    expect(params.out).toEqual({ host: "mx.example.test", port: 587, security: "starttls" });
    expect(params.server).toBe("127.0.0.1");
  });

  it("keeps the address as it came (email) and leaves out what is not known", () => {
    expect(
      fixHref("en", "wrong-password", {
        link: { email: "hong@example.test" },
        client: undefined,
        settings: null,
        current: {},
      }),
    ).toBe("/en/fix/wrong-password?email=hong%40example.test");
  });
});
