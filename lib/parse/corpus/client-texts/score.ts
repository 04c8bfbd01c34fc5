// How well the decoder reads the captured client texts: the cause first (top-1) and among the first three
// (top-3), and the server and port of the messages that show them; per program and overall. Used by the
// test (client-texts.test.ts) and by `npm run score:corpus` (scripts/score-client-texts.ts).
import { CERTIFICATE } from "@/content/errors/certificate-cause";
import { causeIds } from "@/lib/causes";
import { decodeErrorText } from "@/lib/parse";
import { clientTexts, type ClientTextCase } from "./index";
import type { ExpectedCause } from "./scenarios";

/** Issue 12's targets. */
export const targets = { top1: 0.9, top3: 0.97, server: 0.95, port: 0.95 };

/**
 * SPEC §3's certificate cause, or the cause that stands for it while lib/causes.ts lacks it
 * (content/errors/certificate-cause.ts); null once it is a cause id.
 */
export const certificateStandIn = (causeIds as readonly string[]).includes("certificate-invalid")
  ? null
  : CERTIFICATE;

export const expectedId = (id: ExpectedCause): string =>
  id === "certificate-invalid" && certificateStandIn ? certificateStandIn : id;

export type Outcome = {
  c: ClientTextCase;
  ids: string[];
  top1: boolean;
  top3: boolean;
  /** null when the text does not show it. */
  serverOk: boolean | null;
  portOk: boolean | null;
};

export function scoreOne(c: ClientTextCase): Outcome {
  const { fields, causes } = decodeErrorText(c.text);
  const ids = causes.map((cause) => cause.id as string);
  const expected = expectedId(c.expect.parse);
  return {
    c,
    ids,
    top1: ids[0] === expected,
    top3: ids.slice(0, 3).includes(expected),
    serverOk: c.shows.server ? fields.server?.toLowerCase() === c.target.host : null,
    portOk: c.shows.port ? fields.port === c.target.port : null,
  };
}

export type Rates = {
  n: number;
  top1: number;
  top3: number;
  servers: number;
  server: number;
  ports: number;
  port: number;
};

const share = (hits: number, n: number) => (n === 0 ? 1 : hits / n);

export function rates(outcomes: readonly Outcome[]): Rates {
  const servers = outcomes.filter((o) => o.serverOk !== null);
  const ports = outcomes.filter((o) => o.portOk !== null);
  return {
    n: outcomes.length,
    top1: share(outcomes.filter((o) => o.top1).length, outcomes.length),
    top3: share(outcomes.filter((o) => o.top3).length, outcomes.length),
    servers: servers.length,
    server: share(servers.filter((o) => o.serverOk).length, servers.length),
    ports: ports.length,
    port: share(ports.filter((o) => o.portOk).length, ports.length),
  };
}

export const scoreClientTexts = (cases: readonly ClientTextCase[] = clientTexts) => cases.map(scoreOne);

export const meetsTargets = (r: Rates) =>
  r.top1 >= targets.top1 && r.top3 >= targets.top3 && r.server >= targets.server && r.port >= targets.port;
