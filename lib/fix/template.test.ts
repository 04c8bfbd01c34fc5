import { describe, expect, it } from "vitest";
import { fillTemplate, possibleValues, templateKeysIn } from "./template";
import { deriveFixValues } from "./values";

const values = deriveFixValues({ params: { email: "kim@shop.co.kr", protocol: "pop3" }, locale: "ko" });

describe("value templates", () => {
  it("fills in the customer's values", () => {
    expect(fillTemplate("{incoming.host}:{incoming.port} {outgoing.port} {userName}", values, "ko")).toBe(
      "mail.shop.co.kr:995 587 kim@shop.co.kr",
    );
    expect(fillTemplate("{incoming.protocolName} / {outgoing.securityName}", values, "en")).toBe(
      "POP3 / STARTTLS",
    );
    expect(fillTemplate("{outgoing.tls}", values, "en")).toBe("on");
  });

  it("leaves unknown keys visible", () => {
    expect(fillTemplate("{outgoing.pass}", values, "en")).toBe("{outgoing.pass}");
    expect(templateKeysIn("a {b.c} d {e}")).toEqual(["b.c", "e"]);
  });

  it("knows what a template can produce", () => {
    expect(possibleValues("{outgoing.security}")).toEqual(["ssl", "starttls", "none"]);
    expect(possibleValues("on")).toEqual(["on"]);
    expect(possibleValues("{outgoing.host}")).toBeNull();
    expect(possibleValues("port {outgoing.port}")).toBeNull();
  });
});
