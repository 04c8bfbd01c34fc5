// POST /api/diagnose's `result` is the diagnosis (SPEC §2): for the ten cases of the original support answer
// and every rule the rig can show, the API's causes, findings and settings equal what the wizard's page
// computes from the same link (its parameters, its answers, its pasted message and the streamed events).
// Against the loopback rig; one e2e test (e2e/result-equals-api.spec.ts) compares the rendered page too.
import { describe, expect, it } from "vitest";
import type { DiagnoseRequest } from "@/lib/api/schema";
import { diagnose, inLanguage } from "@/lib/diagnose";
import { readMessage } from "@/lib/diagnose/read-message";
import type { Locale } from "@/lib/i18n/locales";
import { readLinkParams } from "@/lib/params";
import { pointAtRig, postDiagnose } from "@/lib/testing/rig-api";
import { errorQuery, supportMessages as m, supportWalks as w } from "@/lib/testing/support-messages";
import { readWizardAnswers, wizardOnlyParams } from "@/lib/wizard/answers";
import { checkRequestOf } from "@/lib/wizard/check-request";

pointAtRig();

/** What the page shows for a /diagnose link, and what an API client gets for the same facts. */
async function pageAndApi(query: string, locale: Locale) {
  const search = new URLSearchParams(query);
  const link = readLinkParams(search).params;
  const answers = readWizardAnswers(search).answers;
  // The page's own request (lib/wizard/check-request.ts), plus what an API client would also send.
  const request: DiagnoseRequest = {
    ...checkRequestOf(link)!,
    ...(link.client ? { client: link.client } : {}),
    answers: Object.fromEntries(wizardOnlyParams.flatMap((p) => (answers[p] ? [[p, answers[p]]] : []))),
  };
  const events = await postDiagnose(request, locale);
  const result = events.at(-1);
  if (result?.type !== "result") throw new Error("the stream did not end in a result");
  const page = diagnose({ link, answers, message: readMessage(link.error), events });
  return { api: result, page: { ...inLanguage(page, locale), settings: page.settings }, diagnosis: page };
}

const cases: [name: string, query: string, top: string, locale: Locale][] = [
  [
    "1. POP3 110 refused, the server answers",
    errorQuery(m.pop3Refused, "good.test"),
    "connection-refused",
    "ko",
  ],
  [
    "2. SMTP 25 refused, 465/587 work",
    errorQuery(m.smtp25Refused, "port25blocked.test"),
    "port25-blocked",
    "ko",
  ],
  ["3. 11004 on POP3", errorQuery(m.pop3NotFound, "mxonly.test"), "server-not-found", "en"],
  ["4. 11001 on mail.<domain>", errorQuery(m.smtpNotFound, "mxonly.test"), "server-not-found", "ko"],
  ["5. SPA", errorQuery(m.spa, "good.test"), "auth-method-mismatch", "ko"],
  ["6. relaying denied", errorQuery(m.relay, "relay.test"), "smtp-auth-required", "en"],
  ["7. server 127.0.0.1", errorQuery(m.localhost, "good.test"), "antivirus-interference", "ko"],
  ["8. port 1110", errorQuery(m.port1110, "good.test"), "antivirus-interference", "en"],
  [
    "9a. can't send: the SMTP name does not exist",
    `${w.sendNoMessage}&domain=mxonly.test&server=smtp.mxonly.test&port=25&protocol=smtp`,
    "server-not-found",
    "ko",
  ],
  ["9b. can't send: the server is down", `${w.sendNoMessage}&domain=down.test`, "server-down", "ko"],
  ["10a. can't receive: settings", `${w.receiveWebmailShows}&domain=good.test`, "server-not-found", "en"],
  [
    "10c. can't receive: the server is silent",
    `${w.receiveWebmailEmpty}&domain=silent.test`,
    "server-down",
    "ko",
  ],
  // The other rules the rig can show.
  [
    "the domain does not exist",
    `${w.receiveWebmailEmpty}&domain=nothing-here.test`,
    "domain-dns-broken",
    "en",
  ],
  ["a null MX", `${w.receiveWebmailEmpty}&domain=nullmx.test`, "domain-dns-broken", "en"],
  ["no MX, an address that answers", `${w.receiveWebmailEmpty}&domain=nomx.test`, "domain-dns-broken", "ko"],
  ["a private MX", `${w.receiveWebmailEmpty}&domain=private-mx.test`, "domain-dns-broken", "ko"],
  ["an expired certificate", `${w.receiveWebmailShows}&domain=expired.test`, "certificate-invalid", "en"],
  [
    "a certificate for another name",
    `${w.receiveWebmailShows}&domain=wrongname.test`,
    "certificate-invalid",
    "ko",
  ],
  [
    "a self-signed certificate",
    `${w.receiveWebmailShows}&domain=selfsigned.test`,
    "certificate-invalid",
    "en",
  ],
  ["no encryption at all", `${w.receiveWebmailShows}&domain=nostarttls.test`, "server-not-found", "en"],
];

describe("the API's result is the page's diagnosis (against the rig)", () => {
  it.each(cases)("%s", async (_name, query, top, locale) => {
    const { api, page } = await pageAndApi(query, locale);
    expect(api.causes[0]?.id).toBe(top);
    expect(api.causes).toEqual(page.causes);
    expect(api.findings).toEqual(page.findings);
    expect(api.settings).toEqual(page.settings);
  });

  it("10b. can't receive, no internet: needs no check, so there is no API request (the page alone)", () => {
    const search = new URLSearchParams(w.receiveNoInternet);
    const link = readLinkParams(search).params;
    expect(checkRequestOf(link)).toBeNull();
    const page = diagnose({ link, answers: readWizardAnswers(search).answers, message: null, events: [] });
    expect(page.causes.map((c) => c.id)).toEqual(["no-internet"]);
  });

  it("the fix values follow the evidence: the MX that works, POP3 kept on the real server", async () => {
    const typo = await pageAndApi(errorQuery(m.smtpNotFound, "mxonly.test"), "en");
    expect(typo.api.settings?.outgoing?.host).toBe("mx.mxonly.test");
    expect(typo.diagnosis.current).toMatchObject({ host: "mail.mxonly.test", port: 25, protocol: "smtp" });
    const antivirus = await pageAndApi(errorQuery(m.localhost, "good.test"), "en");
    expect(antivirus.api.settings?.incoming).toEqual({
      host: "mail.good.test",
      port: 995,
      protocol: "pop3",
      security: "ssl",
    });
    expect(antivirus.diagnosis.current).toMatchObject({ host: "127.0.0.1", port: 110, protocol: "pop3" });
  });
});
