import { describe, expect, it } from "vitest";
import { metricsAccess } from "./metrics-access";

const token = "s3cret-metrics-token-0123";
const ask = (request: Partial<Parameters<typeof metricsAccess>[0]>) =>
  metricsAccess({
    authorization: null,
    socketAddress: "127.0.0.1",
    clientAddress: "127.0.0.1",
    token: null,
    ...request,
  });

describe("who may read GET /metrics (SPEC §5)", () => {
  it("with a token: exactly that bearer token, from anywhere", () => {
    expect(
      ask({
        token,
        authorization: `Bearer ${token}`,
        socketAddress: "203.0.113.9",
        clientAddress: "203.0.113.9",
      }),
    ).toBe("ok");
    expect(ask({ token, authorization: `bearer ${token}` })).toBe("ok");
    expect(ask({ token })).toBe("unauthorized");
    expect(ask({ token, authorization: `Bearer ${token}x` })).toBe("unauthorized");
    expect(ask({ token, authorization: `Basic ${token}` })).toBe("unauthorized");
  });

  it("without a token: loopback clients only, and not through a proxy forwarding someone else", () => {
    expect(ask({})).toBe("ok");
    expect(ask({ socketAddress: "::1", clientAddress: "::1" })).toBe("ok");
    expect(ask({ socketAddress: "::ffff:127.0.0.1", clientAddress: "127.0.0.1" })).toBe("ok");
    expect(ask({ socketAddress: "203.0.113.9", clientAddress: "203.0.113.9" })).toBe("forbidden");
    expect(ask({ socketAddress: "127.0.0.1", clientAddress: "203.0.113.9" })).toBe("forbidden");
    expect(ask({ socketAddress: "10.0.0.2", clientAddress: "127.0.0.1" })).toBe("forbidden");
    expect(ask({ authorization: "Bearer anything", socketAddress: "203.0.113.9", clientAddress: null })).toBe(
      "forbidden",
    );
  });
});
