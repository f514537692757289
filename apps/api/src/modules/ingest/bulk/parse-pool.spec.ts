import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ParsePool } from './parse-pool.js';

const CORPUS = new URL('../../../../../../../shared/corpus/', import.meta.url).pathname;
const seed = readFileSync(`${CORPUS}seed/huanren-2024.txt`);
const pdf = readFileSync(`${CORPUS}peer/huaian-hongzequ-2023.pdf`);

describe('parser workers', () => {
  let pool: ParsePool | null = null;
  afterEach(async () => {
    await pool?.close();
    pool = null;
  });

  it('parse bytes off the main thread and return the report and its hash', async () => {
    pool = new ParsePool(10_000_000, { size: 1 });
    const result = await pool.parseBytes(seed, 'huanren-2024.txt');
    expect(result.ok && result.report.values['requests.newReceived.total']?.value).toBe(13);
    expect(result.ok && result.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('give up on a file that takes too long, and keep working', async () => {
    pool = new ParsePool(10_000_000, { size: 1, timeoutMs: 1 });
    const slow = await pool.parseBytes(pdf, 'slow.pdf');
    expect(slow).toEqual({ ok: false, reason: 'took longer than 1 ms to parse; abandoned' });
    // The worker was replaced: the pool still answers (here too within the tiny limit or not, but it answers).
    const next = await pool.parseBytes(seed, 'seed.txt');
    expect(next.ok || (next as { reason: string }).reason.startsWith('took longer')).toBe(true);
  });

  it('fail a file that needs more memory than allowed, and keep working', async () => {
    pool = new ParsePool(10_000_000, { size: 1, maxMemoryMb: 4 });
    const big = await pool.parseBytes(pdf, 'big.pdf');
    expect(big.ok).toBe(false);
    expect((big as { reason: string }).reason).toMatch(/needed more than 4 MB|the parser crashed/);
    // The dead worker was replaced: the next file gets an answer too, instead of hanging.
    expect((await pool.parseBytes(seed, 'seed.txt')).ok).toBe(false);
  });

  it('refuse a file over the size limit without parsing it', async () => {
    pool = new ParsePool(100, { size: 1 });
    expect(await pool.parseBytes(seed, 'seed.txt')).toEqual({ ok: false, reason: `${seed.length} bytes is over the limit of 100 bytes` });
  });
});
