import { describe, expect, it } from "vitest";
import { mailDomainOf, stripAddress } from "./domain-input";

describe("a domain read as a person means it (SPEC §6)", () => {
  it.each([
    ["https://www.example.com/help", "example.com"],
    ["www.example.com", "example.com"],
    ["EXAMPLE.COM.", "example.com"],
    ["kim@example.com", "example.com"],
    ["mailto:Kim@Shop.co.kr", "shop.co.kr"],
    ["<kim@example.com>", "example.com"],
    ["http://www.example.com:8080/?q=1#x", "example.com"],
    ["mail.example.com", "mail.example.com"],
    // A name that is only "www." and one label stays as it is: the guard decides about it.
    ["www.kr", "www.kr"],
  ])("%s → %s", (input, domain) => {
    expect(mailDomainOf(input)).toBe(domain);
  });

  it("strips a URL's parts and a port but leaves IP literals for the guard to refuse", () => {
    expect(stripAddress(" https://mail.example.com:993/x ")).toBe("mail.example.com");
    expect(stripAddress("[::1]")).toBe("[::1]");
    expect(mailDomainOf("user@[127.0.0.1]")).toBe("[127.0.0.1]");
  });
});
