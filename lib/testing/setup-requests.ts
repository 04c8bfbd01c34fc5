// Test helpers for the automatic-setup endpoints: requests as a mail program sends them, the check's
// own working settings from POST /api/diagnose for comparison, and an Outlook request body.
import { parse, type PlistValue } from "plist";
import { DOMParser } from "@xmldom/xmldom";
import { diagnoseEventSchema, type DiagnoseEvent, type WorkingSettings } from "@/lib/api/schema";
import { POST as diagnose } from "@/app/api/diagnose/route";
import { autodiscoverSchemas } from "@/lib/setup/autodiscover";

export const headersFor = (client: string, extra: Record<string, string> = {}) => ({
  "x-forwarded-for": client,
  "accept-language": "en",
  ...extra,
});

/** What the live check itself says works for this request (the `settings` of its `result` event). */
export async function checkedSettings(
  body: Record<string, unknown>,
  client: string,
): Promise<WorkingSettings | null> {
  const response = await diagnose(
    new Request("http://localhost/api/diagnose", {
      method: "POST",
      headers: { "content-type": "application/json", ...headersFor(client) },
      body: JSON.stringify(body),
    }),
  );
  const lines = (await response.text()).split("\n").filter(Boolean);
  const events = lines.map((line) => diagnoseEventSchema.parse(JSON.parse(line))) as DiagnoseEvent[];
  const result = events.at(-1);
  if (result?.type !== "result") throw new Error("the check ended without a result");
  return result.settings;
}

export const plistOf = (text: string) => parse(text) as Record<string, PlistValue>;

/** A strict, namespace-aware parse (any warning fails the test). */
export function xmlOf(text: string) {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(text, "text/xml");
}

/** The request body Outlook sends ([MS-OXDSCLI] §4.1), for one address. */
export const outlookRequest = (email: string, schema: string = autodiscoverSchemas.outlook) =>
  `<?xml version="1.0" encoding="utf-8"?>
<Autodiscover xmlns="${autodiscoverSchemas.request}">
  <Request>
    <EMailAddress>${email}</EMailAddress>
    <AcceptableResponseSchema>${schema}</AcceptableResponseSchema>
  </Request>
</Autodiscover>`;
