// A POST /api/diagnose request as the same evidence the wizard's page has (SPEC §2: an API client and
// the page never disagree): the request's fields read as the page reads its link parameters.
import type { DiagnoseEvent, DiagnoseRequest } from "@/lib/api/schema";
import { isClientId } from "@/lib/clients";
import type { LinkParams } from "@/lib/params";
import { readWizardAnswers } from "@/lib/wizard/answers";
import type { Evidence } from "./facts";
import type { MessageEvidence } from "./message";

export function evidenceOfRequest(
  request: DiagnoseRequest,
  message: MessageEvidence | null,
  events: readonly DiagnoseEvent[],
): Evidence {
  const server = request.servers?.[0];
  const link: LinkParams = {
    ...(request.symptom ? { symptom: request.symptom } : {}),
    ...(isClientId(request.client) ? { client: request.client } : {}),
    ...(request.email ? { email: request.email } : request.domain ? { domain: request.domain } : {}),
    ...(request.text ? { error: request.text } : {}),
    ...(server
      ? {
          server: server.host,
          ...(server.port !== undefined ? { port: server.port } : {}),
          ...(server.protocol ? { protocol: server.protocol } : {}),
        }
      : {}),
  };
  return { link, answers: readWizardAnswers(request.answers ?? {}).answers, message, events };
}
