// The 32 real header sets of lib/parse/corpus/real/headers (cut verbatim from the real bounces beside them:
// each bounce's own headers and the returned original's): the hop table, its order, delays, TLS, and the
// verdict headers, against what the header lines themselves say.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeErrorText } from "../index";

const dir = join(process.cwd(), "lib/parse/corpus/real/headers");
const sets = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .map((file) => ({ file, text: readFileSync(join(dir, file), "utf8") }));
const decode = (file: string) => decodeErrorText(sets.find((s) => s.file === file)?.text ?? "");

describe("real header sets", () => {
  it("has at least 30 of them", () => expect(sets.length).toBeGreaterThanOrEqual(30));

  it.each(sets.map((s) => [s.file, s] as const))("%s: one hop per Received header, oldest first", (_f, s) => {
    const received = s.text.match(/^Received:/gim)?.length ?? 0;
    const hops = decodeErrorText(s.text).headers?.hops ?? [];
    expect(hops.length).toBe(received);
    // The newest Received header is the first in the text; in the table it comes last.
    // A folded line continues the field until the next "Name:" line (some of these were folded without indent).
    const newest = /^Received:[^\n]*(?:\n(?![A-Za-z][A-Za-z0-9-]*:)[^\n]+)*/im.exec(s.text)?.[0] ?? "";
    const by = /\bby\s+(\S+)/i.exec(newest.replace(/\s+/g, " "))?.[1]?.replace(/[();,]+$/, "") ?? null;
    expect(hops.at(-1)?.by ?? null).toBe(by);
    for (const hop of hops) if (hop.delaySeconds !== null) expect(hop.delaySeconds).toBeGreaterThanOrEqual(0);
  });

  it("reads the delay and the TLS of each hop (fml-01: Exchange Online legs over TLS, one held 28 hours)", () => {
    const hops = decode("fml-01-original.txt").headers?.hops ?? [];
    expect(hops.map((h) => h.tls)).toEqual([null, false, null, true, true, null, true, false, false]);
    expect(Math.round((hops[5]?.delaySeconds ?? 0) / 3600)).toBe(28);
    expect(decode("fml-01-original.txt").causes[0]?.id).toBe("server-busy");
  });

  it("reads encrypted legs written as ciphers (MessageLabs) and STARTTLS markers (Gmail ESMTPS)", () => {
    expect(decode("messagelabs-01-top.txt").headers?.hops.some((h) => h.tls === true)).toBe(true);
    expect(decode("gsuite-03-top.txt").headers?.hops.some((h) => h.tls === true)).toBe(true);
  });

  it("reads the receiving side's SPF, DKIM and DMARC verdicts", () => {
    const auth = (file: string) =>
      Object.fromEntries((decode(file).headers?.auth ?? []).map((a) => [a.method, a.result]));
    expect(auth("gsuite-03-top.txt")).toMatchObject({ dkim: "pass", spf: "pass", dmarc: "pass" });
    expect(auth("office365-09-top.txt")).toMatchObject({ spf: "pass", dkim: "none", dmarc: "pass" });
    expect(auth("amazonses-10-top.txt")).toMatchObject({ dkim: "neutral", spf: "fail" });
  });

  it("turns a failed SPF check into the sender-domain cause, and passing ones into none", () => {
    expect(decode("amazonses-10-top.txt").causes.map((c) => c.id)).toContain("sender-domain-unauthenticated");
    expect(decode("gsuite-03-top.txt").causes.map((c) => c.id)).not.toContain(
      "sender-domain-unauthenticated",
    );
  });

  it("reads spam verdict headers (SpamAssassin said no)", () => {
    const spam = decode("exim-60-returned.txt").headers?.spam ?? [];
    expect(spam).toEqual([expect.objectContaining({ header: "x-spam-status", spam: false })]);
  });
});
