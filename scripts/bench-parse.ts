// npm run bench:parse — median and p99 decode time over the corpus and for a 4 KB message.
// Targets (issue 3): median under 0.2 ms, p99 under 1 ms. Wall-clock times: on a busy machine the p99 shows
// the scheduler, not the parser, so the load average is printed with them.
import { loadavg } from "node:os";
import { corpus } from "../lib/parse/corpus";
import { decodeErrorText } from "../lib/parse";

const ROUNDS = 200;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function measure(texts: string[], rounds: number): number[] {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++)
    for (const text of texts) {
      const start = performance.now();
      decodeErrorText(text);
      samples.push(performance.now() - start);
    }
  return samples.sort((a, b) => a - b);
}

// A realistic 4 KB paste: a whole bounce with headers, a Korean dialog and a server transcript.
const bounce =
  corpus.filter((c) => c.family === "bounce").sort((a, b) => b.text.length - a.text.length)[0]?.text ?? "";
const dialog = corpus[0]?.text ?? "";
const fourKb = `${bounce}\n${dialog}\n${corpus.map((c) => c.text).join("\n")}`.slice(0, 4096);

const texts = corpus.map((c) => c.text);
measure(texts, 20); // warm-up: JIT and the catalog index
const all = measure(texts, ROUNDS);
measure([fourKb], 200);
const big = measure([fourKb], 2000);

const ms = (value: number) => `${value.toFixed(3)} ms`;
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);
console.log(`corpus: ${texts.length} messages × ${ROUNDS} rounds = ${all.length} parses`);
console.log(
  `  median ${ms(quantile(all, 0.5))}   p99 ${ms(quantile(all, 0.99))}   max ${ms(all.at(-1) ?? 0)}`,
);
console.log(`4 KB message (${fourKb.length} characters) × ${big.length} parses`);
console.log(
  `  median ${ms(quantile(big, 0.5))}   p99 ${ms(quantile(big, 0.99))}   max ${ms(big.at(-1) ?? 0)}`,
);
