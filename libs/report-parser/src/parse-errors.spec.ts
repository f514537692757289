import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParseError } from './errors/parse-error.js';
import { parseReport } from './parse-report.js';

const PEER = join(import.meta.dirname, '../../../../shared/corpus/peer');
const utf8 = (text: string) => new TextEncoder().encode(text);

async function failure(bytes: Uint8Array, fileName?: string): Promise<ParseError> {
  const error = await parseReport(bytes, { fileName }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ParseError);
  return error as ParseError;
}

describe('input that is not a readable report', () => {
  it('an empty file', async () => {
    expect((await failure(new Uint8Array())).code).toBe('empty');
    expect((await failure(utf8('  \n\t '))).code).toBe('empty');
  });

  it('binary data', async () => {
    const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    expect((await failure(random)).code).toBe('binary');
  });

  it('an Office 97–2003 file with nothing but its header', async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const error = await failure(ole, 'report.doc');
    expect(error.code).toBe('binary');
    expect(error.message).toMatch(/not a Word document/);
  });

  it('a pre-2019 free-form report', async () => {
    const text = '某某县2017年政府信息公开工作年度报告\n一、概述\n2017年，我县主动公开政府信息1200条，受理申请15件。';
    const error = await failure(utf8(text));
    expect(error.code).toBe('pre-2019');
    expect(error.message).toMatch(/2017/);
  });

  it('a page that is not an annual report', async () => {
    const html = '<html><head><title>通知公告</title></head><body><p>关于开展消防安全检查的通知</p></body></html>';
    expect((await failure(utf8(html), 'notice.html')).code).toBe('not-annual-report');
  });

  it.each(['huaian-jinhuxian-2023.parsed-v31.json', 'huaian-jinhuxian-2023.report33-dump.json', 'unknown-region20-2023.report29-dump.json'])(
    'another tool’s JSON output of a report (%s)',
    async (file) => {
      expect((await failure(readFileSync(join(PEER, file)), file)).code).toBe('not-annual-report');
    },
  );

  it('a file over the size limit', async () => {
    const error = await parseReport(utf8('x'.repeat(2000)), { maxBytes: 1000 }).catch((e: unknown) => e);
    expect((error as ParseError).code).toBe('too-large');
  });
});
