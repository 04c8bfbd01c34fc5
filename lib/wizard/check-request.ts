// The live-check request a link asks for (SPEC §1: `domain` or `email` plus `symptom` starts it at once).
import type { DiagnoseRequest } from "@/lib/api/schema";
import type { LinkParams } from "@/lib/params";

export function checkRequestOf(link: LinkParams): DiagnoseRequest | null {
  if (!link.symptom || !(link.domain || link.email)) return null;
  return {
    ...(link.email ? { email: link.email } : { domain: link.domain }),
    symptom: link.symptom,
    ...(link.client ? { client: link.client } : {}),
    ...(link.error ? { text: link.error } : {}),
    ...(link.server ? { servers: [{ host: link.server, port: link.port, protocol: link.protocol }] } : {}),
  };
}
