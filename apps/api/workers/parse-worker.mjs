// A parser worker (worker_threads): parses one report at a time, from a file path (bulk
// ingestion) or from bytes (uploads), hashes it, and sends back what the store needs, already
// serialised: strings cross threads as flat copies, while a parsed report's object graph
// (hundreds of provenance objects) is costly to clone. The bytes' buffer is transferred.
// Plain JavaScript so the same file runs under the built app and under the tests.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { packProvenance } from '@dlens/domain';
import { ParseError, parseReport } from '@dlens/report-parser';

parentPort.on('message', async ({ id, path, bytes: given, fileName, maxBytes, full }) => {
  try {
    // Synchronous: this thread has nothing else to do, and it costs a third of the asynchronous read.
    const file = given ?? readFileSync(path);
    if (file.length > maxBytes) {
      parentPort.postMessage({ id, ok: false, reason: `${file.length} bytes is over the limit of ${maxBytes} bytes` });
      return;
    }
    const bytes = new Uint8Array(file);
    const report = await parseReport(bytes, { fileName });
    const { values, ...document } = report;
    const keys = Object.keys(values);
    const cells = Object.values(values);
    const numbers = cells.map((v) => v.value);
    parentPort.postMessage(
      {
        id,
        ok: true,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        bytes,
        document,
        documentJson: JSON.stringify(document),
        keys,
        numbers,
        // The revision_values row of this report, as json_to_recordset reads it (no revision id yet).
        valuesJson: JSON.stringify({
          k: keys,
          n: numbers,
          w: cells.map((v) => v.raw),
          i: cells.map((v) => v.inferred ?? false),
          p: packProvenance(cells.map((v) => v.provenance)),
        }),
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
