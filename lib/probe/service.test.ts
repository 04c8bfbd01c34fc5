import { describe, expect, it } from "vitest";
import { serverEnv } from "@/lib/env";
import { probeService } from "./service";

describe("probe service from the environment", () => {
  it("stops with a clear message when MAILDOC_DNS_SERVERS is not a list of addresses", () => {
    expect(() =>
      probeService(serverEnv({ NODE_ENV: "test", MAILDOC_DNS_SERVERS: "dns.example.com" })),
    ).toThrow(/MAILDOC_DNS_SERVERS/);
  });

  it("is built once per process, with the production guard when nothing is allowed", () => {
    const env = serverEnv({ NODE_ENV: "production", MAILDOC_DNS_SERVERS: "127.0.0.1:5300,[::1]:53" });
    const service = probeService(env);
    expect(probeService(env)).toBe(service);
    expect(service.options.resolverServers).toEqual(["127.0.0.1:5300", "[::1]:53"]);
    expect(service.options.policy.checkAddress("127.0.0.1").allowed).toBe(false);
  });
});
