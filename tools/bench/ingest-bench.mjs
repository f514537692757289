#!/usr/bin/env node
// Bulk ingest throughput and peak memory, end to end (parse in workers, store in batches with
// findings), on a fresh database of the PostgreSQL server in DATABASE_URL (or embedded PGlite).
//
// usage: npx nx build api && node tools/synth/generate.mjs ... (see tools/synth/README.md), then
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node --max-old-space-size=320 tools/bench/ingest-bench.mjs DIR
//     [--limit N] [--batch N] [--workers N] [--keep] (keep the database for query-bench --reuse)
// (the heap limit is the one `cli ingest --bulk` runs with, see tools/scripts/cli.mjs)
import { parseArgs } from 'node:util';
import { reportFiles } from './report-files.mjs';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { limit: { type: 'string' }, batch: { type: 'string' }, workers: { type: 'string' }, keep: { type: 'boolean' } } });
const dir = positionals[0];
if (!dir) {
  console.error('usage: node tools/bench/ingest-bench.mjs DIR [--limit N] [--batch N] [--workers N]');
  process.exit(2);
}

const files = reportFiles(dir).slice(0, values.limit ? Number(values.limit) : undefined);
const { createScratchDatabase } = await import('../../apps/api/dist/testing/scratch-database.js');
const database = await createScratchDatabase('bench', { embedded: 'memory' });

const { loadConfig } = await import('../../apps/api/dist/config/app-config.js');
const { createApp } = await import('../../apps/api/dist/create-app.js');
const { BulkIngestService } = await import('../../apps/api/dist/modules/ingest/bulk/bulk-ingest.service.js');

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
const config = loadConfig({ ...process.env, ...database.env, LOAD_SAMPLES: 'false', LOG_LEVEL: 'error' });
const running = await createApp(config);
const started = performance.now();
let lastLine = 0;
const summary = await running.app.get(BulkIngestService).ingestFiles(files, {
  ...(values.batch ? { batchSize: Number(values.batch) } : {}),
  ...(values.workers ? { workers: Number(values.workers) } : {}),
  onProgress: (done, total) => {
    const now = performance.now();
    if (now - lastLine > 10_000 || done === total) {
      lastLine = now;
      console.log(`  ${done}/${total} in ${((now - started) / 1000).toFixed(0)} s, ${(done / ((now - started) / 1000)).toFixed(0)} reports/s, rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
    }
  },
});
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
const [{ values: storedValues, findings }] = await running.app.get((await import('typeorm')).DataSource).query(
  `SELECT (SELECT sum(cardinality(keys)) FROM revision_values)::int AS values, (SELECT count(*) FROM finding)::int AS findings`,
);
await running.close();
if (!values.keep) await database.drop();
console.log(`ingest-bench: ${files.length} reports from ${dir} on ${database.description}`);
console.log(`  ${JSON.stringify(summary.counts)}; ${storedValues} values, ${findings} findings stored`);
console.log(`  ${seconds.toFixed(1)} s, ${(files.length / seconds).toFixed(0)} reports/s end to end; peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MB`);
if (database.name && values.keep) console.log(`database kept: ${database.name} (query-bench --reuse ${database.name})`);
