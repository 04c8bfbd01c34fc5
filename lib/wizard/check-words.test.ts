import { describe, expect, it } from "vitest";
import { dns, probe, start } from "@/lib/diagnose/test-events";
import { describeEvent, pendingChecks } from "./check-words";

const ko = "ko";
const en = "en";

describe("check events in plain words", () => {
  it("names the MX hosts, or says there are none", () => {
    const mx = dns("example.test", "MX", "ok", [{ exchange: "mx.example.test", priority: 10 }]);
    expect(describeEvent(mx, ko)).toEqual({ line: "메일 서버 주소(MX): mx.example.test", state: "ok" });
    expect(describeEvent(dns("example.test", "MX", "nodata"), en)?.line).toBe("No mail server (MX) record");
  });

  it("says what a failed lookup means", () => {
    expect(describeEvent(dns("nope.test", "A", "nxdomain"), ko)?.line).toBe("nope.test: 인터넷에 없는 이름");
    expect(describeEvent(dns("example.test", "MX", "servfail"), en)?.line).toBe(
      "example.test: the name servers did not answer (MX)",
    );
  });

  it("describes a port check with its role, status and certificate", () => {
    expect(describeEvent(probe("mx.example.test", 110, "refused"), ko)).toEqual({
      line: "받는 메일 서버 mx.example.test 110번 포트: 연결 거부",
      state: "fail",
    });
    expect(describeEvent(probe("mx.example.test", 587), en)?.line).toBe(
      "The outgoing mail server mx.example.test, port 587: answers · certificate OK",
    );
  });

  it("says plainly, neither ticked nor flagged, that an optional record is missing", () => {
    expect(describeEvent(dns("_dmarc.example.test", "TXT", "nxdomain"), ko)).toEqual({
      line: "_dmarc.example.test: TXT 레코드 없음",
      state: "neutral",
    });
    expect(describeEvent(dns("_submissions._tcp.example.test", "SRV", "nxdomain"), ko)?.state).toBe(
      "neutral",
    );
    expect(describeEvent(dns("mx.example.test", "AAAA", "nodata"), en)).toEqual({
      line: "mx.example.test: no AAAA record",
      state: "neutral",
    });
    expect(describeEvent(dns("mail.example.test", "A", "nodata"), ko)).toEqual({
      line: "mail.example.test: IP 주소 없음",
      state: "fail",
    });
  });

  it("has no line for the start and result events", () => {
    expect(describeEvent(start("example.test"), ko)).toBeNull();
  });
});

describe("what is still running", () => {
  it("is the MX lookup first", () => {
    expect(pendingChecks([], "example.test", ko)).toEqual(["메일 서버 주소 찾는 중 (MX)…"]);
  });

  it("then the ports of the MX host that have not reported", () => {
    const events = [
      dns("example.test", "MX", "ok", [{ exchange: "mx.example.test", priority: 10 }]),
      probe("mx.example.test", 587),
      probe("mx.example.test", 995),
      probe("mx.example.test", 993),
      probe("mx.example.test", 465),
      probe("mx.example.test", 25),
    ];
    expect(pendingChecks(events, "example.test", ko)).toEqual([
      "받는 메일 서버 110번 포트 확인 중…",
      "받는 메일 서버 143번 포트 확인 중…",
    ]);
  });
});

describe("what a probe line does not claim", () => {
  it("a TLS step that timed out says nothing about the certificate; a skipped port says it was not checked", () => {
    const silent = probe("mx.example.test", 995, "timeout", {
      step: "tls",
      tls: {
        version: null,
        authorized: false,
        error: "timeout",
        subject: null,
        altNames: [],
        issuer: null,
        validTo: null,
        hostnameMatch: false,
      },
    });
    expect(describeEvent(silent, "en")?.line).toBe(
      "The incoming mail server mx.example.test, port 995: no answer",
    );
    expect(describeEvent(probe("mx.example.test", 25, "skipped"), "ko")).toEqual({
      line: "보내는 메일 서버 mx.example.test 25번 포트: 확인하지 않음",
      state: "neutral",
    });
    const leftOut = probe("mx.example.test", 143, "timeout", { step: "skipped", detail: "host-silent" });
    expect(describeEvent(leftOut, "en")).toEqual({
      line: "The incoming mail server mx.example.test, port 143: not tried",
      state: "neutral",
    });
  });
});
