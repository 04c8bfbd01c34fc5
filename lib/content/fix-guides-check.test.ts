import { describe, expect, it } from "vitest";
import { checkPicture, checkText } from "./fix-guides-check";

describe("fix guide checks catch broken pictures and texts", () => {
  it("accepts a sound picture", () => {
    const ok = {
      dialog: "thunderbird-smtp-server",
      highlight: [{ field: "port", value: "{outgoing.port}" }],
    };
    expect(checkPicture("t", ok, "thunderbird")).toEqual([]);
  });

  it.each([
    [{ dialog: "thunderbird-smtp", highlight: [{ field: "port", value: "1" }] }, "no drawing named"],
    [
      { dialog: "thunderbird-smtp-server", highlight: [{ field: "portt", value: "1" }] },
      "has no field portt",
    ],
    [
      { dialog: "outlook-outgoing-tab", highlight: [{ field: "smtpAuth", value: "{outgoing.port}" }] },
      "cannot show",
    ],
    [
      { dialog: "thunderbird-smtp-server", highlight: [{ field: "connectionSecurity", value: "tls" }] },
      "cannot show",
    ],
    [{ dialog: "thunderbird-smtp-server", highlight: [{ field: "port" }] }, "without a value"],
    [
      { dialog: "thunderbird-smtp-server", highlight: [{ field: "port", value: "{outgoing.prt}" }] },
      "unknown value",
    ],
  ])("%j → %s", (picture, problem) => {
    expect(checkPicture("t", picture, "thunderbird").join("\n")).toContain(problem);
  });

  it("rejects a picture of another program", () => {
    const picture = { dialog: "outlook-advanced-tab", highlight: [{ field: "outgoingPort", value: "587" }] };
    expect(checkPicture("t", picture, "thunderbird").join()).toContain("not thunderbird");
  });

  it("rejects unknown values and values shown in only one language", () => {
    expect(checkText("t", { ko: "{outgoing.hots}", en: "{outgoing.hots}" }).join()).toContain(
      "unknown value",
    );
    expect(checkText("t", { ko: "포트 {outgoing.port}", en: "the port" }).join()).toContain(
      "different values",
    );
  });
});
