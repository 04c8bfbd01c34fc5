import { describe, expect, it } from "vitest";
import type { DiagnoseEvent } from "@/lib/api/schema";
import { allPorts, dns, ports, probe, start, zone } from "@/lib/diagnose/test-events";
import { checkProgress, checkTiming } from "./check-progress";

const resolved: DiagnoseEvent[] = [start("x.test"), ...zone("x.test", "mx.x.test", ["mail.x.test"])];

describe("check progress", () => {
  it("starts in the DNS phase and does not run ahead of the work", () => {
    expect(checkProgress([start("x.test")], 100)).toMatchObject({ phase: "dns", percent: 1 });
    // Every lookup answered in 0.2 s, no port yet: the bar is at the DNS share, nowhere near 90%.
    const p = checkProgress([...resolved, dns("_dmarc.x.test", "TXT", "nxdomain")], 200);
    expect(p.phase).toBe("connect");
    expect(p.percent).toBeLessThan(20);
  });

  it("moves with the ports that answered", () => {
    const half = [...resolved, ...ports("x.test", allPorts), ...ports("mx.x.test", allPorts)];
    const p = checkProgress(half, 300);
    expect(p.percent).toBeGreaterThan(60);
    expect(p.percent).toBeLessThan(80);
  });

  it(`keeps moving with time on a silent server, towards the ${checkTiming.budgetMs / 1000} s budget`, () => {
    const silent = [...resolved, probe("mx.x.test", 587, "timeout")];
    const at2 = checkProgress(silent, 2_000);
    const at6 = checkProgress(silent, 6_000);
    expect(at6.percent).toBeGreaterThan(at2.percent);
    expect(at6).toMatchObject({ phase: "waiting", secondsLeft: 4 });
    expect(checkProgress(silent, 20_000).percent).toBe(99);
  });
});
