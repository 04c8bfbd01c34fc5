import { describe, expect, it } from "vitest";
import { diagnoseRequestSchema } from "@/lib/api/schema";
import { readLinkParams } from "@/lib/params";
import { addressFormSchema, addressSchema, staffLinkSchema } from "./address-schema";
import { staffLink } from "./staff-link";

const firstMessage = (input: unknown) => {
  const r = addressSchema.safeParse(input);
  return r.success ? null : r.error.issues[0]?.message;
};

describe("address field", () => {
  it.each([
    ["example.com", "example.com"],
    ["  Hong@Example.com ", "Hong@Example.com"],
    ["https://www.example.com/webmail?x=1", "www.example.com"],
    ["mailto:hong@example.com", "hong@example.com"],
    ["example.com.", "example.com"],
    ["한국.kr", "한국.kr"],
  ])("accepts %j as %j", (input, output) => {
    expect(addressSchema.parse(input)).toBe(output);
  });

  it.each([
    ["", "required"],
    ["   ", "required"],
    ["example", "noDot"],
    ["exa mple.com", "spaces"],
    ["127.0.0.1", "ipAddress"],
    ["[::1]", "ipAddress"],
    ["@example.com", "badEmail"],
    ["a@b@example.com", "badEmail"],
    ["hong@localhost", "noDot"],
    [`${"a".repeat(250)}.com`, "tooLong"],
  ])("refuses %j with %s", (input, key) => {
    expect(firstMessage(input)).toBe(key);
  });
});

describe("settings I use", () => {
  it("treats empty fields as not given and reads the port as a number", () => {
    expect(addressFormSchema.parse({ address: "example.com", server: " ", port: "" })).toEqual({
      address: "example.com",
    });
    expect(
      addressFormSchema.parse({ address: "example.com", server: "mail.example.com", port: "995", ssl: true }),
    ).toEqual({
      address: "example.com",
      server: "mail.example.com",
      port: 995,
      ssl: true,
    });
  });

  it.each([
    [{ port: "70000" }, "badPort"],
    [{ port: "11o" }, "badPort"],
    [{ server: "mail server" }, "spaces"],
    [{ server: "hong@example.com" }, "badServer"],
  ])("refuses %j", (fields, key) => {
    const r = addressFormSchema.safeParse({ address: "example.com", ...fields });
    expect(r.success ? null : r.error.issues[0]?.message).toBe(key);
  });

  it("gives values the live check API accepts", () => {
    const v = addressFormSchema.parse({
      address: "hong@example.com",
      server: "mail.example.com",
      port: "110",
    });
    const request = { email: v.address, servers: [{ host: v.server!, port: v.port }] };
    expect(diagnoseRequestSchema.safeParse(request).success).toBe(true);
  });
});

describe("staff link", () => {
  it("writes SPEC §1 parameters that /diagnose reads back unchanged", () => {
    const values = staffLinkSchema.parse({
      address: "hong@example.com",
      symptom: "receive",
      client: "samsung-email",
      language: "en",
      error: "소켓 오류: 10061 & 0x800CCC0E",
    });
    const link = staffLink("https://help.example.net/", values);
    expect(
      link.startsWith(
        "https://help.example.net/en/diagnose?symptom=receive&client=samsung-email&email=hong%40example.com&error=",
      ),
    ).toBe(true);
    const read = readLinkParams(new URL(link).searchParams);
    expect(read).toEqual({
      params: {
        symptom: "receive",
        client: "samsung-email",
        email: "hong@example.com",
        error: "소켓 오류: 10061 & 0x800CCC0E",
      },
      invalid: [],
    });
  });

  it("leaves out what staff left empty and sends a bare domain as `domain`", () => {
    const values = staffLinkSchema.parse({
      address: "example.com",
      symptom: "send",
      client: "",
      language: "ko",
      error: "",
    });
    expect(staffLink("http://localhost:3000", values)).toBe(
      "http://localhost:3000/ko/diagnose?symptom=send&domain=example.com",
    );
  });
});
