import { describe, expect, it, vi } from 'vitest';
import { buildUploadForm, uploadReports } from './upload-client';

describe('buildUploadForm', () => {
  it('follows the multipart request spec: operations, map, then one field per file', async () => {
    const files = [new File(['a'], '报告2024.txt', { type: 'text/plain' }), new File(['b'], 'b.pdf')];
    const form = buildUploadForm(files);
    expect([...form.keys()]).toEqual(['operations', 'map', '0', '1']);
    const operations = JSON.parse(form.get('operations') as string);
    expect(operations.variables).toEqual({ files: [null, null] });
    expect(operations.query).toContain('uploadReports(files: $files)');
    expect(JSON.parse(form.get('map') as string)).toEqual({ 0: ['variables.files.0'], 1: ['variables.files.1'] });
    expect((form.get('0') as File).name).toBe('报告2024.txt');
  });
});

describe('uploadReports', () => {
  const ok = (names: string[]) =>
    new Response(JSON.stringify({ data: { uploadReports: { files: names.map((fileName) => ({ fileName, status: 'stored', reportId: 1, revisionNo: 1, reason: null, pendingId: null })), totals: [] } } }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });

  it('sends the preflight header and batches 50 files per request', async () => {
    const files = Array.from({ length: 51 }, (_, i) => new File(['x'], `f${i}.txt`));
    const fetcher = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
      const form = init!.body as FormData;
      const count = JSON.parse(form.get('operations') as string).variables.files.length as number;
      return ok(Array.from({ length: count }, (_, i) => `n${i}`));
    });
    const results = await uploadReports(files, '/graphql', fetcher as unknown as typeof fetch);
    expect(fetcher).toHaveBeenCalledTimes(2);
    expect((fetcher.mock.calls[0]![1]!.headers as Record<string, string>)['apollo-require-preflight']).toBe('true');
    expect(results).toHaveLength(51);
  });

  it('reports the API error message', async () => {
    const fetcher = vi.fn(async () => new Response(JSON.stringify({ errors: [{ message: 'Too many files' }] }), { status: 413 }));
    await expect(uploadReports([new File(['x'], 'a.txt')], '/graphql', fetcher as unknown as typeof fetch)).rejects.toThrow('Too many files');
  });
});
