// Behind a trusted proxy (MAILDOC_TRUST_PROXY=1) the real server counts each client by the nearest hop the
// proxy wrote, in either header form, with or without a port. What a client is counted as is seen through
// SPEC §6's "one check at a time": while a check of client A runs, a second check counted as A gets 429
// and one counted as anyone else starts. The silent DNS server keeps every started check running.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type App } from "./testing/app-server";
import { startSilentDns, type SilentDns } from "./testing/silent-dns";

let app: App;
let dns: SilentDns;
const started: Response[] = [];

beforeAll(async () => {
  dns = await startSilentDns();
  app = await startApp({ MAILDOC_DNS_SERVERS: dns.server, MAILDOC_TRUST_PROXY: "1" });
});
afterAll(async () => {
  await Promise.all(started.map((response) => response.body?.cancel()));
  await app?.stop();
  await dns?.close();
});

let checks = 0;
async function check(headers: Record<string, string>): Promise<number> {
  const response = await fetch(`${app.base}/api/diagnose`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ domain: `client-${++checks}.example.net` }),
  });
  if (response.status === 200) started.push(response);
  else await response.body?.cancel();
  return response.status;
}

type Hop = Record<string, string>;
const xff = (value: string): Hop => ({ "x-forwarded-for": value });
const fwd = (value: string): Hop => ({ forwarded: value });

// [what, the headers of a first check, of a second check, counted as the same client?]
const cases: [string, Hop, Hop, boolean][] = [
  ["X-Forwarded-For with and without a port", xff("203.0.113.10:4711"), xff("203.0.113.10"), true],
  [
    "the nearest hop, not what the client put before it",
    xff("198.51.100.1, 203.0.113.11"),
    xff("198.51.100.2, 203.0.113.11:1234"),
    true,
  ],
  ["an earlier hop is not the client", xff("198.51.100.3, 203.0.113.12"), xff("198.51.100.3"), false],
  [
    "IPv6 in brackets with a port, per /64",
    xff("[2001:db8:10:1::5]:443"),
    xff("2001:db8:10:1:ffff::9"),
    true,
  ],
  ["another /64 is another client", xff("[2001:db8:10:2::5]:443"), xff("2001:db8:10:3::5"), false],
  [
    "Forwarded: the last for=, quoted with a port",
    fwd('for=198.51.100.4;proto=https, for="203.0.113.13:47011"'),
    xff("203.0.113.13"),
    true,
  ],
  [
    "Forwarded with IPv6",
    fwd('for="[2001:db8:20::7]:4711"'),
    fwd('for=192.0.2.60;by=203.0.113.43, for="[2001:db8:20::8]"'),
    true,
  ],
  ["two clients through one proxy (Forwarded)", fwd("for=192.0.2.61"), fwd("for=192.0.2.62"), false],
  ["two clients through one proxy (X-Forwarded-For)", xff("192.0.2.63:1"), xff("192.0.2.64:1"), false],
];

describe("the client behind a trusted proxy", () => {
  it.concurrent.each(cases)("%s", async (_what, first, second, same) => {
    expect(await check(first)).toBe(200);
    expect(await check(second)).toBe(same ? 429 : 200);
  });
});
