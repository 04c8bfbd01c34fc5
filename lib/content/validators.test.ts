import { describe, expect, it } from "vitest";
import { contentChecks } from "./validators";

describe("content checks", () => {
  it.each(contentChecks.map((c) => [c.name, c] as const))("%s has no problems", (_name, check) => {
    expect(check.run()).toEqual([]);
  });
});
