// A parser worker for bulk ingestion (worker_threads): reads one file, parses it, hashes it,
// and sends the report and the bytes back (the bytes' buffer is transferred, not copied).
// Plain JavaScript so the same file runs under the built app and under the tests.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { ParseError, parseReport } from '@dlens/report-parser';

parentPort.on('message', async ({ id, path, fileName, maxBytes }) => {
  try {
    const file = await readFile(path);
    if (file.length > maxBytes) {
      parentPort.postMessage({ id, ok: false, reason: `${file.length} bytes is over the limit of ${maxBytes} bytes` });
      return;
    }
    const bytes = new Uint8Array(file);
    const report = await parseReport(bytes, { fileName });
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    parentPort.postMessage({ id, ok: true, report, sha256, bytes }, [bytes.buffer]);
  } catch (error) {
    const reason = error instanceof ParseError ? error.message : `the parser failed unexpectedly: ${error?.message ?? error}`;
    parentPort.postMessage({ id, ok: false, reason });
  }
});
