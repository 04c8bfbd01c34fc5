// The live-check request a link asks for (SPEC §1: `domain` or `email` plus `symptom` starts it at once).
// The program (`client`) is left out: it changes nothing the check looks at, and leaving it out lets the
// customer answer "which program?" while the check runs without starting it again.
import type { DiagnoseRequest } from "@/lib/api/schema";
import type { LinkParams } from "@/lib/params";

export function checkRequestOf(link: LinkParams): DiagnoseRequest | null {
  if (!link.symptom || !(link.domain || link.email)) return null;
  return {
    ...(link.email ? { email: link.email } : { domain: link.domain }),
    symptom: link.symptom,
    ...(link.error ? { text: link.error } : {}),
    ...(link.server ? { servers: [{ host: link.server, port: link.port, protocol: link.protocol }] } : {}),
  };
}
