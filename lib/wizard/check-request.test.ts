import { describe, expect, it } from "vitest";
import { diagnoseRequestSchema } from "@/lib/api/schema";
import { readLinkParams } from "@/lib/params";
import { checkRequestOf } from "./check-request";

const requestOf = (query: string) => checkRequestOf(readLinkParams(new URLSearchParams(query)).params);

describe("checkRequestOf", () => {
  it("starts only with a symptom and a domain or address", () => {
    expect(requestOf("symptom=send")).toBeNull();
    expect(requestOf("domain=example.test")).toBeNull();
    expect(requestOf("symptom=receive&email=hong@example.test")).toEqual({
      email: "hong@example.test",
      symptom: "receive",
    });
  });

  it("carries the message and the server the customer uses, not the program, in the API's shape", () => {
    const request = requestOf(
      "symptom=error&domain=example.test&client=outlook&error=socket+10061&server=mail.example.test&port=110&protocol=pop3",
    );
    expect(request).toEqual({
      domain: "example.test",
      symptom: "error",
      text: "socket 10061",
      servers: [{ host: "mail.example.test", port: 110, protocol: "pop3" }],
    });
    expect(diagnoseRequestSchema.safeParse(request).success).toBe(true);
  });
});
