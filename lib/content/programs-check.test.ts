import { describe, expect, it } from "vitest";
import { programAbilities } from "@/content/programs";
import { checkCausePrograms, checkProgramAbilities, checkPrograms } from "./programs-check";

describe("program abilities check", () => {
  it("accepts the real data", () => {
    expect(checkPrograms()).toEqual([]);
  });

  it("reports an ability the program's own security list cannot show", () => {
    const broken = {
      ...programAbilities,
      "samsung-email": { ...programAbilities["samsung-email"], outgoing: ["ssl", "ntlm"] as never },
    };
    expect(checkProgramAbilities(broken)).toEqual([
      "samsung-email: samsung-email-outgoing.securityType cannot be set to ntlm",
    ]);
  });

  it("reports a cause limited to no program, or a setting cause limited at all", () => {
    expect(checkCausePrograms({ "data-file-problem": [], "port25-blocked": ["outlook"] })).toEqual([
      "data-file-problem: limited to no program",
      "port25-blocked: every program has steps for it, so it cannot be limited to some",
    ]);
  });
});
