import { describe, expect, it } from "vitest";
import { readLinkParams, toQueryString } from "./params";

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
});
