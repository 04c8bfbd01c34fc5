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

/** The first header set starts a check; the second is counted as the same client (429) or not (200). */
async function sameClient(first: Record<string, string>, second: Record<string, string>) {
  expect(await check(first)).toBe(200);
  const status = await check(second);
  expect([200, 429]).toContain(status);
  return status === 429;
}

describe.concurrent("the client behind a trusted proxy", () => {
  it("X-Forwarded-For with and without a port is one client", async () => {
    expect(
      await sameClient({ "x-forwarded-for": "203.0.113.10:4711" }, { "x-forwarded-for": "203.0.113.10" }),
    ).toBe(true);
  });

  it("the nearest X-Forwarded-For hop counts, not what the client put before it", async () => {
    expect(
      await sameClient(
        { "x-forwarded-for": "198.51.100.1, 203.0.113.11" },
        { "x-forwarded-for": "198.51.100.2, 203.0.113.11:1234" },
      ),
    ).toBe(true);
    expect(
      await sameClient(
        { "x-forwarded-for": "198.51.100.3, 203.0.113.12" },
        { "x-forwarded-for": "198.51.100.3" },
      ),
    ).toBe(false);
  });

  it("IPv6 in brackets with a port, counted per /64", async () => {
    expect(
      await sameClient(
        { "x-forwarded-for": "[2001:db8:10:1::5]:443" },
        { "x-forwarded-for": "2001:db8:10:1:ffff::9" },
      ),
    ).toBe(true);
    expect(
      await sameClient(
        { "x-forwarded-for": "[2001:db8:10:2::5]:443" },
        { "x-forwarded-for": "2001:db8:10:3::5" },
      ),
    ).toBe(false);
  });

  it("RFC 7239 Forwarded: the last for=, quoted with a port, is the same client as its bare address", async () => {
    expect(
      await sameClient(
        { forwarded: 'for=198.51.100.4;proto=https, for="203.0.113.13:47011"' },
        { "x-forwarded-for": "203.0.113.13" },
      ),
    ).toBe(true);
    expect(
      await sameClient(
        { forwarded: 'for="[2001:db8:20::7]:4711"' },
        { forwarded: 'for=192.0.2.60;by=203.0.113.43, for="[2001:db8:20::8]"' },
      ),
    ).toBe(true);
  });

  it("different clients through the same proxy are not one bucket", async () => {
    expect(await sameClient({ forwarded: "for=192.0.2.61" }, { forwarded: "for=192.0.2.62" })).toBe(false);
    expect(
      await sameClient({ "x-forwarded-for": "192.0.2.63:1" }, { "x-forwarded-for": "192.0.2.64:1" }),
    ).toBe(false);
  });
});
