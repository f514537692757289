#!/usr/bin/env node
// Parser throughput per input kind on one core, peak memory, and the ratio to the floor: the
// bare cost of reading the same input with the same library (htmlparser2 with empty callbacks
// for HTML, pdfjs-dist text extraction for PDF, UTF-8 decoding for text).
//
// usage: npx nx build report-parser && node tools/bench/parse-bench.mjs [--seconds 3]
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser } from 'htmlparser2';
import { parseReport } from '@dlens/report-parser';
import { wordStyleHtml } from './word-style-html.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = join(root, '../shared/corpus');
const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 3;

let peakRss = 0;
const sampleRss = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const sampler = setInterval(sampleRss, 20);

/** Runs `fn` over the inputs round-robin for about `seconds`; returns inputs per second. */
async function rate(inputs, fn) {
  for (const input of inputs) await fn(input); // warm-up
  let done = 0;
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    await fn(inputs[done % inputs.length]);
    done++;
  }
  return done / ((performance.now() - started) / 1000);
}

const files = (dir, pattern) =>
  readdirSync(join(corpus, dir))
    .filter((f) => pattern.test(f))
    .map((f) => readFileSync(join(corpus, dir, f)));

async function pdfTextFloor(bytes) {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  for (let p = 1; p <= doc.numPages; p++) await (await doc.getPage(p)).getTextContent();
  await doc.destroy();
}

const kinds = [
  { kind: 'text (corpus .txt, 5–15 KB)', inputs: [...files('real', /\.txt$/), ...files('seed', /\.txt$/)], floor: (b) => new TextDecoder().decode(b) },
  { kind: 'HTML (corpus, 43 and 98 KB)', inputs: files('real', /\.html$/), floor: (b) => new Parser({}).end(new TextDecoder().decode(b)) },
  {
    kind: 'HTML, heavy Word export (synthetic, 100–300 KB)',
    inputs: files('real', /\.html$/).flatMap((b) => [1, 3].map((k) => new TextEncoder().encode(wordStyleHtml(new TextDecoder().decode(b), k)))),
    floor: (b) => new Parser({}).end(new TextDecoder().decode(b)),
  },
  { kind: 'PDF (corpus, 5 pages)', inputs: files('peer', /\.pdf$/), floor: pdfTextFloor },
];

console.log(`parse-bench: node ${process.version}, one core, ~${seconds} s per measurement`);
console.log('| input | size | reports/s | ms/report | floor ms | ratio to floor |');
console.log('|---|---|---|---|---|---|');
for (const { kind, inputs, floor } of kinds) {
  const parsed = await rate(inputs, (b) => parseReport(b));
  const bare = await rate(inputs, floor);
  const sizes = inputs.map((b) => b.length);
  const size = `${Math.round(Math.min(...sizes) / 1024)}–${Math.round(Math.max(...sizes) / 1024)} KB`;
  console.log(`| ${kind} | ${size} | ${parsed.toFixed(0)} | ${(1000 / parsed).toFixed(2)} | ${(1000 / bare).toFixed(2)} | ${(bare / parsed).toFixed(2)}× |`);
  sampleRss();
}
clearInterval(sampler);
console.log(`peak RSS: ${(peakRss / 1024 / 1024).toFixed(0)} MB`);
