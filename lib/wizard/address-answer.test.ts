import { describe, expect, it } from "vitest";
import { linkWithAddress, readAddressForm } from "./address-answer";

describe("the address form without scripts", () => {
  it("reads what a plain GET form sends, ticked box as 'on'", () => {
    const read = readAddressForm({
      address: "hong@good.test",
      server: "mail.good.test",
      port: "995",
      protocol: "pop3",
      ssl: "on",
    });
    expect(read).toMatchObject({ submitted: true, ok: true });
    if (!read.submitted || !read.ok) throw new Error("not read");
    expect(linkWithAddress({ symptom: "receive", domain: "old.test" }, read.values, "incoming")).toEqual({
      symptom: "receive",
      email: "hong@good.test",
      server: "mail.good.test",
      port: 995,
      protocol: "pop3",
      ssl: true,
    });
  });

  it("says what is wrong, field by field, and keeps what was typed", () => {
    const read = readAddressForm({ address: "example", port: "99999" });
    expect(read).toMatchObject({ submitted: true, ok: false, errors: { address: "noDot", port: "badPort" } });
    expect(read.submitted && !read.ok && read.input.address).toBe("example");
  });

  it("is not there when the page was not sent by the form", () => {
    expect(readAddressForm({ symptom: "send" })).toEqual({ submitted: false });
  });
});
