// The catalog check must catch what it promises to catch: each broken copy of the catalog is reported.
import { describe, expect, it } from "vitest";
import { errorCatalog } from "@/content/errors";
import { checkErrorCatalog } from "./error-catalog-check";
import type { ErrorCatalog } from "./error-catalog-schema";

const broken = (change: (c: ErrorCatalog) => void): string[] => {
  const copy = structuredClone(errorCatalog) as ErrorCatalog;
  change(copy);
  return checkErrorCatalog(copy);
};
const first = <T>(list: T[]): T => {
  const item = list[0];
  if (item === undefined) throw new Error("empty table");
  return item;
};

describe("error catalog check", () => {
  it("passes the real catalog", () => {
    expect(checkErrorCatalog()).toEqual([]);
  });

  it("reports a duplicate socket error (a number) and a duplicate error number", () => {
    expect(broken((c) => c.socketErrors.push(first(c.socketErrors)))).toContain(
      "duplicate socket error: 10013",
    );
    const problems = broken((c) => c.hresults.push({ ...first(c.hresults), codes: ["0x800CCC0E"] }));
    expect(problems).toContain("duplicate error number: 0x800CCC0E");
  });

  it("reports a keyword used by two phrases", () => {
    const problems = broken((c) =>
      c.phrases.push({ ...first(c.phrases), id: "copy", match: ["relay access denied"] }),
    );
    expect(problems).toContain("duplicate phrase keyword: relayaccessdenied");
  });

  it("reports an explanation in the wrong language", () => {
    const problems = broken((c) => {
      first(c.socketErrors).meaning = { ko: "Permission denied", en: "권한이 없습니다" };
    });
    expect(problems).toContain("socket 10013: the Korean explanation has no Korean");
    expect(problems).toContain("socket 10013: the English explanation contains Korean");
  });

  it("reports a cause that no entry points to", () => {
    const problems = broken((c) => {
      c.hresults = c.hresults.filter((e) => !("protocol-retired" in e.causes));
      c.phrases = c.phrases.filter((e) => !("protocol-retired" in e.causes));
    });
    expect(problems).toContain("no catalog entry points to cause protocol-retired");
  });

  it("reports schema errors: an unknown cause id and an upper-case keyword", () => {
    const problems = broken((c) => {
      first(c.phrases).match = ["Relay Access Denied"];
      first(c.socketErrors).causes = { "no-such-cause": 0.5 } as never;
    });
    expect(problems.some((p) => p.startsWith("socketErrors.0.causes"))).toBe(true);
    expect(problems.some((p) => p.startsWith("phrases.0.match.0"))).toBe(true);
  });

  it("reports a specificity out of range and an exact-sentence claim on a short keyword", () => {
    const problems = broken((c) => {
      first(c.phrases).specificity = 1.5;
    });
    expect(problems.some((p) => p.startsWith("phrases.0.specificity"))).toBe(true);
    const short = broken((c) => {
      c.phrases.push({ ...first(c.phrases), id: "too-short", match: ["refused"], specificity: 0.95 });
    });
    expect(short).toContain('phrase too-short: specificity 0.95 is for exact sentences, not "refused"');
  });
});
