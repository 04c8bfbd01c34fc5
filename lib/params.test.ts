import { describe, expect, it } from "vitest";
import { toQueryString } from "./link-query";
import { readLinkParams } from "./params";

describe("link parameters (SPEC §1)", () => {
  it("reads every valid parameter", () => {
    const { params, invalid } = readLinkParams(
      new URLSearchParams(
        "symptom=send&client=thunderbird&domain=example.com&port=587&protocol=smtp&ssl=1&error=%20oops%20",
      ),
    );
    expect(invalid).toEqual([]);
    expect(params).toEqual({
      symptom: "send",
      client: "thunderbird",
      domain: "example.com",
      port: 587,
      protocol: "smtp",
      ssl: true,
      error: "oops",
    });
  });

  it("reports invalid values by name and keeps the rest", () => {
    const { params, invalid } = readLinkParams({
      symptom: "dance",
      port: "99999",
      client: "pigeon",
      email: "a@b.c",
      ssl: "yes",
    });
    expect(invalid).toEqual(["symptom", "client", "port", "ssl"]);
    expect(params).toEqual({ email: "a@b.c" });
  });

  it("ignores unknown parameters and empty values, and takes the first of repeated ones", () => {
    const { params, invalid } = readLinkParams({
      utm_source: "mail",
      domain: "",
      symptom: ["receive", "send"],
    });
    expect(invalid).toEqual([]);
    expect(params).toEqual({ symptom: "receive" });
  });

  it("refuses values that are not a port, a host or an address", () => {
    const { invalid } = readLinkParams({
      port: "25; rm",
      server: "mail example.com",
      email: "not-an-address",
      domain: "exa mple.com",
    });
    expect(invalid).toEqual(["email", "domain", "server", "port"]);
  });

  it("writes a stable query string that reads back the same", () => {
    const params = {
      symptom: "error",
      error: "550 5.7.1 Relaying denied & more",
      ssl: false,
      port: 25,
    } as const;
    const query = toQueryString(params);
    expect(query).toBe("?symptom=error&error=550+5.7.1+Relaying+denied+%26+more&port=25&ssl=0");
    expect(readLinkParams(new URLSearchParams(query)).params).toEqual(params);
    expect(toQueryString({})).toBe("");
  });

  it("reads the working settings in/out apart from the current server/port (SPEC §1)", () => {
    const { params, invalid } = readLinkParams(
      new URLSearchParams(
        "server=127.0.0.1&port=1110&protocol=pop3&in=pop3:MX.Example.com:995:ssl&out=mx.example.com:587:starttls",
      ),
    );
    expect(invalid).toEqual([]);
    expect(params).toEqual({
      server: "127.0.0.1",
      port: 1110,
      protocol: "pop3",
      in: { protocol: "pop3", host: "mx.example.com", port: 995, security: "ssl" },
      out: { host: "mx.example.com", port: 587, security: "starttls" },
    });
    expect(toQueryString(params)).toBe(
      "?server=127.0.0.1&port=1110&protocol=pop3&in=pop3%3Amx.example.com%3A995%3Assl&out=mx.example.com%3A587%3Astarttls",
    );
  });

  it.each([
    ["in", "smtp:mx.example.com:587:starttls"],
    ["in", "imap:mx.example.com:993"],
    ["in", "imap:mx.example.com:99999:ssl"],
    ["out", "mx.example.com:587:tls"],
    ["out", "mx example.com:587:ssl"],
  ])("refuses %s=%s", (name, value) => {
    expect(readLinkParams({ [name]: value }).invalid).toEqual([name]);
  });

  it.each([
    ["https://www.example.com/help", "example.com"],
    ["www.example.com", "example.com"],
    ["EXAMPLE.COM.", "example.com"],
    ["kim@example.com", "example.com"],
  ])("reads domain=%s as the person means it: %s", (value, domain) => {
    expect(readLinkParams({ domain: value }).params).toEqual({ domain });
  });
});
