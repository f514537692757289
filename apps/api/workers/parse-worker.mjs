// A parser worker (worker_threads): parses one report at a time, from a file path (bulk
// ingestion) or from bytes (uploads), hashes it, and sends back what the store needs, already
// serialised: strings cross threads as flat copies, while a parsed report's object graph
// (hundreds of provenance objects) is costly to clone. The bytes' buffer is transferred.
// Plain JavaScript so the same file runs under the built app and under the tests.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { ParseError, parseReport } from '@dlens/report-parser';

parentPort.on('message', async ({ id, path, bytes: given, fileName, maxBytes, full }) => {
  try {
    const file = given ?? (await readFile(path));
    if (file.length > maxBytes) {
      parentPort.postMessage({ id, ok: false, reason: `${file.length} bytes is over the limit of ${maxBytes} bytes` });
      return;
    }
    const bytes = new Uint8Array(file);
    const report = await parseReport(bytes, { fileName });
    const { values, ...document } = report;
    const entries = Object.entries(values);
    parentPort.postMessage(
      {
        id,
        ok: true,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        bytes,
        document,
        documentJson: JSON.stringify(document),
        values: entries.map(([key, v]) => [key, v.value]),
        // The rows of report_value, as json_to_recordset reads them (provenance as JSON text).
        valueRowsJson: JSON.stringify(entries.map(([key, v]) => ({ k: key, v: v.value, w: v.raw, i: v.inferred ?? false, p: JSON.stringify(v.provenance) }))),
        // The whole report as an object, when the caller stores it one by one (uploads).
        ...(full ? { report } : {}),
      },
      [bytes.buffer],
    );
  } catch (error) {
    const reason = error instanceof ParseError ? error.message : `the parser failed unexpectedly: ${error?.message ?? error}`;
    parentPort.postMessage({ id, ok: false, reason });
  }
});
