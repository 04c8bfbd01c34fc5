import { describe, expect, it } from "vitest";
import { createOutageLog } from "./outage-log";

describe("Redis outage log", () => {
  it("says it is down once a minute however often reconnecting fails, and once when it is back", () => {
    let now = 0;
    const lines: { level: string; fields: Record<string, unknown> }[] = [];
    const log = createOutageLog(
      () => now,
      (level, fields) => lines.push({ level, fields }),
    );
    for (; now < 59_000; now += 200) log.failed(new Error("connect ECONNREFUSED 127.0.0.1:6390"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toEqual({
      level: "warn",
      fields: { redis: "down", downForS: 0, error: "connect ECONNREFUSED 127.0.0.1:6390" },
    });
    for (; now < 120_000; now += 200) log.failed(new Error("connect ECONNREFUSED 127.0.0.1:6390"));
    expect(lines.map((l) => l.fields.downForS)).toEqual([0, 60]);
    log.recovered();
    log.recovered();
    expect(lines.at(-1)).toEqual({ level: "info", fields: { redis: "up", downForS: 120 } });
    expect(lines).toHaveLength(3);
    log.failed(new Error("again"));
    expect(lines).toHaveLength(4); // a new outage is told at once
  });
});
