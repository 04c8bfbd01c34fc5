// npm run bench:parse — decode times with the whole reader (normalisation, bounce zones, phrases, codes,
// DSN fields, headers, field block, server names, ranking). Targets (issues 3, 11, 13): a 4 KB message
// decodes in < 0.2 ms median and < 1 ms p99; each 20 000-character adversarial text in < 5 ms median.
// The 4 KB messages are real ones from the corpus, pasted whole (headers, human part, delivery status):
// bounces from four different mail systems, and the longest captured client text. Each is warmed up, then
// timed over many parses; median and p99 are printed beside the machine's load and the CPU time per parse
// (on a shared machine the wall clock shows the scheduler as much as the parser). Exits 1 below a target.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cpus, loadavg } from "node:os";
import { corpus } from "../lib/parse/corpus";
import { clientTexts } from "../lib/parse/corpus/client-texts";
import { decodeErrorText } from "../lib/parse";
import { decodeMessage } from "../lib/parse/message";

const targets = { fourKbMedian: 0.2, fourKbP99: 1, adversarialMedian: 5 };
const WARM_UP = 300;
const ROUNDS = 3000;

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

type Timing = { samples: number[]; cpuPerParse: number };

function measure(texts: readonly string[], rounds: number): Timing {
  const samples: number[] = [];
  const cpu = process.cpuUsage();
  for (let round = 0; round < rounds; round++)
    for (const text of texts) {
      const start = performance.now();
      decodeErrorText(text);
      samples.push(performance.now() - start);
    }
  const used = process.cpuUsage(cpu);
  return {
    samples: samples.sort((a, b) => a - b),
    cpuPerParse: (used.user + used.system) / 1000 / samples.length,
  };
}

const ms = (value: number) => `${value.toFixed(3)} ms`;
const load = () =>
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(", ")} on ${cpus().length} CPUs`;
const realBounce = (file: string) =>
  readFileSync(join(process.cwd(), "lib/parse/corpus/real/bounces", file), "utf8");

// Real messages of about 4 KB: a customer pastes the whole returned mail ("show original").
const fourKb: [string, string][] = [
  ["Exim bounce (exim-60)", realBounce("exim-60.eml")],
  ["AOL bounce (aol-05)", realBounce("aol-05.eml")],
  ["Exchange 2007 NDR (exchange2007-03)", realBounce("exchange2007-03.eml")],
  ["MessageLabs bounce (messagelabs-01)", realBounce("messagelabs-01.eml")],
];
const longestClientText = [...clientTexts].sort((a, b) => b.text.length - a.text.length)[0];
if (longestClientText)
  fourKb.push([
    `${longestClientText.program} transcript (${longestClientText.scenario})`,
    longestClientText.text,
  ]);

// Hostile 20 000-character texts: runs that make a naive scanner backtrack or rescan (codes, labels, lead-ins,
// names, headers, angle brackets, keyword prefixes), and a real bounce repeated up to the input cap.
const N = 20_000;
const fill = (unit: string) => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);
const adversarial: [string, string][] = [
  ["digits", fill("1")],
  ["SMTP codes", fill("550 5.1.1 ")],
  ["0x8 runs", fill("0x8")],
  ["spaces and newlines", fill(" \n\t")],
  ["Korean labels", fill("계정: ")],
  ["Korean labels, no space", fill("계정:")],
  ["every label", fill("Account: Server: Protocol: Port: Secure(SSL): Socket Error: Error Number: ")],
  ["colons", fill(":")],
  ["said: lead-ins", fill(" said: ")],
  ["Received: lines", fill("Received: from a by b; \n")],
  ["DSN fields", fill("Status: 5.1.1\nAction: failed\nDiagnostic-Code: smtp; 550 ")],
  ["angle brackets", fill("<a@b.c>")],
  ["host names", fill("mail.example.com ")],
  ["one long dotted name", `${"a.".repeat(9_000)}example.com:993`.slice(0, N)],
  ["URL marks", fill("://a.b ")],
  ["keyword prefixes", fill("user unknow")],
  ["Korean phrase prefixes", fill("서버에 연결할 수 없")],
  ["mixed junk", fill("0x'\"<@:-ERR [계정 550 5.7.")],
  ["whole bounce repeated", fill(realBounce("tencent-01.eml"))],
];

console.log(load());
const texts = corpus.map((c) => c.text);
measure(texts, 20); // warm-up: the JIT and the catalog index
const all = measure(texts, 200);
console.log(`corpus: ${texts.length} messages × 200 rounds = ${all.samples.length} parses`);
console.log(
  `  median ${ms(quantile(all.samples, 0.5))}   p99 ${ms(quantile(all.samples, 0.99))}   CPU per parse ${ms(all.cpuPerParse)}`,
);

let pass = true;
console.log(
  `\n4 KB messages × ${ROUNDS} parses each (targets: median < ${targets.fourKbMedian} ms, p99 < ${targets.fourKbP99} ms)`,
);
for (const [name, text] of fourKb) {
  measure([text], WARM_UP);
  const { samples, cpuPerParse } = measure([text], ROUNDS);
  const median = quantile(samples, 0.5);
  const p99 = quantile(samples, 0.99);
  const ok = median < targets.fourKbMedian && p99 < targets.fourKbP99;
  pass &&= ok;
  console.log(
    `  ${name.padEnd(36)} ${String(text.length).padStart(5)} chars  median ${ms(median)}  p99 ${ms(p99)}  CPU ${ms(cpuPerParse)}${ok ? "" : "  MISSED"}`,
  );
}

// The raw .eml read with its MIME structure first (postal-mime, async): printed for comparison, since the
// MIME parse is the library's time rather than the decoder's.
async function timeRawMessage(raw: string): Promise<void> {
  for (let i = 0; i < WARM_UP; i++) await decodeMessage(raw);
  const samples: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const start = performance.now();
    await decodeMessage(raw);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  console.log(
    `  (the same Exim bounce as raw .eml through the MIME reader: median ${ms(quantile(samples, 0.5))}  p99 ${ms(quantile(samples, 0.99))})`,
  );
}

async function main(): Promise<void> {
  await timeRawMessage(fourKb[0]?.[1] ?? "");

  console.log(
    `\n20 000-character adversarial texts × 21 parses each (target: median < ${targets.adversarialMedian} ms)`,
  );
  for (const [name, text] of adversarial) {
    measure([text], 5);
    const { samples, cpuPerParse } = measure([text], 21);
    const median = quantile(samples, 0.5);
    const ok = median < targets.adversarialMedian;
    pass &&= ok;
    console.log(
      `  ${name.padEnd(26)} median ${ms(median)}  max ${ms(samples.at(-1) ?? 0)}  CPU ${ms(cpuPerParse)}${ok ? "" : "  MISSED"}`,
    );
  }

  console.log(`\n${load()}`);
  console.log(
    pass
      ? "meets the targets"
      : "BELOW the targets (when the load average is above the CPU count, rerun when the machine is quieter)",
  );
  process.exitCode = pass ? 0 : 1;
}

void main();
