import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParseError } from './errors/parse-error.js';
import { parseReport } from './parse-report.js';

/**
 * Property test over mutations of the real corpus: lines deleted, duplicated or shuffled,
 * cells dropped, bytes flipped, truncation. Whatever the input, the parser returns a report
 * or a ParseError (never another exception), within a second, and every value it returns has
 * raw text that occurs in the input.
 */
const CORPUS = join(import.meta.dirname, '../../../../shared/corpus');
const SOURCES = ['seed', 'real', 'peer']
  .flatMap((dir) => readdirSync(join(CORPUS, dir)).map((f) => join(dir, f)))
  .filter((f) => /\.(txt|html|md)$/.test(f) && !f.endsWith('MANIFEST.md'));
const MUTATIONS_PER_FILE = 24;

/** Deterministic PRNG (mulberry32), so a failure can be reproduced from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mutation = (text: string, rnd: () => number) => string;
const pick = (n: number, rnd: () => number) => Math.floor(rnd() * n);

const MUTATIONS: Readonly<Record<string, Mutation>> = {
  deleteLine: (text, rnd) => {
    const lines = text.split('\n');
    lines.splice(pick(lines.length, rnd), 1);
    return lines.join('\n');
  },
  duplicateLine: (text, rnd) => {
    const lines = text.split('\n');
    const i = pick(lines.length, rnd);
    lines.splice(i, 0, lines[i] ?? '');
    return lines.join('\n');
  },
  shuffleLines: (text, rnd) => {
    const lines = text.split('\n');
    for (let i = lines.length - 1; i > 0; i--) {
      const j = pick(i + 1, rnd);
      [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
    }
    return lines.join('\n');
  },
  dropCell: (text, rnd) => {
    const cuts = [...text.matchAll(/ \| [^|\n]*| ?\d+|<td[^>]*>.*?<\/td>/g)];
    const cut = cuts[pick(cuts.length, rnd)];
    return cut ? text.slice(0, cut.index) + text.slice(cut.index + cut[0].length) : text;
  },
  flipBytes: (text) => text,
  truncate: (text, rnd) => text.slice(0, pick(text.length, rnd)),
};

function mutateBytes(bytes: Uint8Array, rnd: () => number): Uint8Array {
  const copy = Uint8Array.from(bytes);
  for (let k = 0; k < 8; k++) copy[pick(copy.length, rnd)] = pick(256, rnd);
  return copy;
}

const stripTags = (text: string) => text.replace(/<[^>]*>/g, '');

describe('mutations of the corpus', () => {
  for (const source of SOURCES) {
    it(source, async () => {
      const original = readFileSync(join(CORPUS, source));
      const text = new TextDecoder().decode(original);
      const names = Object.keys(MUTATIONS);
      for (let n = 0; n < MUTATIONS_PER_FILE; n++) {
        const seed = n * 7919 + source.length;
        const rnd = random(seed);
        const name = names[n % names.length] as string;
        const bytes = name === 'flipBytes' ? mutateBytes(original, rnd) : new TextEncoder().encode((MUTATIONS[name] as Mutation)(text, rnd));
        const started = performance.now();
        let report;
        try {
          report = await parseReport(bytes, { fileName: source });
        } catch (error) {
          expect(error, `${source} ${name} seed ${seed}`).toBeInstanceOf(ParseError);
          continue;
        } finally {
          expect(performance.now() - started, `${source} ${name} seed ${seed} took too long`).toBeLessThan(1000);
        }
        const input = stripTags(new TextDecoder().decode(bytes));
        for (const [key, value] of Object.entries(report.values)) {
          const digits = value.raw.replace(/[元万]+$/, '');
          expect(input.includes(digits), `${source} ${name} seed ${seed}: ${key} raw "${value.raw}"`).toBe(true);
        }
      }
    });
  }
});
