import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../errors/parse-error.js';
import { parseReport } from '../parse-report.js';

const FIXTURE = join(import.meta.dirname, '../__fixtures__/word97/huanren-2024.doc');
const SEED = join(import.meta.dirname, '../../../../../shared/corpus/seed/huanren-2024.txt');

const valuesOf = (report: Awaited<ReturnType<typeof parseReport>>) => Object.fromEntries(Object.entries(report.values).map(([key, v]) => [key, v.value]));

describe('legacy Word 97–2003 documents (.doc)', () => {
  it('reads the seed report saved as .doc exactly as the seed text', async () => {
    const doc = await parseReport(readFileSync(FIXTURE), { fileName: 'huanren-2024.doc' });
    const seed = await parseReport(readFileSync(SEED), { fileName: 'huanren-2024.txt' });
    expect(doc.source).toMatchObject({ kind: 'doc', fileName: 'huanren-2024.doc' });
    expect([doc.issuer.name, doc.year, doc.template]).toEqual(['桓仁满族自治县', 2024, '2021']);
    expect(Object.keys(doc.values)).toHaveLength(Object.keys(seed.values).length);
    expect(valuesOf(doc)).toEqual(valuesOf(seed));
    expect(doc.values['proactive.licensing.decisions']).toMatchObject({ value: 37292, provenance: { location: { kind: 'text' } } });
    expect(doc.findings.map((f) => f.rule)).toEqual(seed.findings.map((f) => f.rule));
  });

  it('refuses an Office 97–2003 file that is not a Word document, naming what it is', async () => {
    const bytes = Buffer.from(readFileSync(FIXTURE));
    // The same container with its WordDocument stream renamed (as in an Excel file's Workbook).
    const at = bytes.indexOf(Buffer.from('WordDocument', 'utf16le'));
    Buffer.from('Workbook\0\0\0\0', 'utf16le').copy(bytes, at);
    const error = await parseReport(bytes, { fileName: 'figures.xls' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParseError);
    expect(error).toMatchObject({ code: 'binary', message: expect.stringMatching(/not a Word document/) });
  });

  it('refuses a file whose sector chain loops (a hostile file) instead of following it until memory runs out', async () => {
    const bytes = Buffer.from(readFileSync(FIXTURE));
    // The compound file's allocation table: the directory's chain made to come back on itself.
    const sectorSize = 1 << bytes.readUInt16LE(0x1e);
    const table = (bytes.readInt32LE(0x4c) + 1) * sectorSize;
    const directory = bytes.readInt32LE(0x30);
    const next = bytes.readInt32LE(table + directory * 4);
    bytes.writeInt32LE(directory, table + next * 4);
    const error = await parseReport(bytes, { fileName: 'looping.doc' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'corrupt', message: expect.stringMatching(/loops/) });
  });

  it('refuses a header that counts more sectors than the file holds, without reading them', async () => {
    const bytes = Buffer.from(readFileSync(FIXTURE));
    // An allocation table of more than 109 sectors (so that the master table is read), whose
    // master table has two thousand million: word-extractor would read that many sectors.
    bytes.writeInt32LE(110, 0x2c);
    bytes.writeInt32LE(1, 0x44);
    bytes.writeInt32LE(2_000_000_000, 0x48);
    const error = await parseReport(bytes, { fileName: 'inflated.doc' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'corrupt', message: expect.stringMatching(/2000000000 sectors/) });
  });

  it('answers damaged copies with a ParseError or a report, never another exception', async () => {
    const original = readFileSync(FIXTURE);
    for (let n = 0; n < 24; n++) {
      const bytes = Uint8Array.from(n % 3 === 0 ? original.subarray(0, (original.length * n) / 24 + 512) : original);
      // Flip bytes across the file, the OLE header and directory included.
      for (let k = 0; k < 16 && n % 3 !== 0; k++) bytes[(n * 7919 + k * 104_729) % bytes.length] = (n * 31 + k * 17) % 256;
      const outcome = await parseReport(bytes, { fileName: `damaged-${n}.doc` }).then(
        () => 'report',
        (e: unknown) => (e instanceof ParseError ? 'parse error' : e),
      );
      expect(['report', 'parse error'], `damaged copy ${n}`).toContain(outcome);
    }
  });
});
