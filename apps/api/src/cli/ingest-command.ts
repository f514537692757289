import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { RunningApp } from '../create-app.js';
import { AuditService } from '../modules/auth/audit.service.js';
import { BulkIngestService } from '../modules/ingest/bulk/bulk-ingest.service.js';
import type { IngestOutcome, IngestStatus } from '../modules/ingest/ingest-outcome.js';
import { IngestService } from '../modules/ingest/ingest.service.js';
import { withApp } from './app-context.js';
import { collectFiles } from './collect-files.js';
import { ProgressBar } from './progress-bar.js';

const STATUS_LABELS: Readonly<Record<IngestStatus, string>> = {
  stored: 'ingested',
  revised: 'new revision',
  unchanged: 'unchanged',
  needsAssignment: 'needs assignment',
  failed: 'failed',
};

const USAGE = `usage: cli ingest PATH... [--bulk [--batch N] [--workers N]]
  files or folders (recursive); each report in its own transaction, or with --bulk parsed in
  worker threads and stored in batches of N (default 100) for large folders`;

/**
 * `ingest PATH...`: stores every report file under the paths and prints a summary with the
 * reason for each failure. Returns 1 if any file failed.
 */
export async function ingestCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { bulk: { type: 'boolean' }, batch: { type: 'string' }, workers: { type: 'string' } },
  });
  if (positionals.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const files = await collectFiles(positionals);
  const progress = new ProgressBar(files.length);
  const summary = await withApp(async (app) => {
    const result = await run(app);
    await app.get(AuditService).record('cli', 'ingest', `${files.length} file(s)`, { counts: result.counts, bulk: values.bulk ?? false });
    return result;
  });
  progress.update(files.length, 'done');
  progress.finish();
  printSummary(summary, `${files.length} file(s)`);
  return summary.counts.failed > 0 ? 1 : 0;

  async function run(app: RunningApp['app']): Promise<Summary> {
    if (values.bulk) {
      return app.get(BulkIngestService).ingestFiles(files, {
        ...(values.batch ? { batchSize: Number(values.batch) } : {}),
        ...(values.workers ? { workers: Number(values.workers) } : {}),
        onProgress: (done, _total, file) => progress.update(done, basename(file)),
      });
    }
    const ingest = app.get(IngestService);
    const outcomes: IngestOutcome[] = [];
    for (const [index, file] of files.entries()) {
      progress.update(index, basename(file));
      outcomes.push(await ingest.ingest(await readFile(file), file));
    }
    return summarise(outcomes);
  }
}

interface Summary {
  readonly counts: Readonly<Record<IngestStatus, number>>;
  readonly attention: readonly IngestOutcome[];
}

export function summarise(outcomes: readonly IngestOutcome[]): Summary {
  const counts = Object.fromEntries(Object.keys(STATUS_LABELS).map((s) => [s, outcomes.filter((o) => o.status === s).length])) as Record<IngestStatus, number>;
  return { counts, attention: outcomes.filter((o) => o.status === 'failed' || o.status === 'needsAssignment') };
}

/** One line of counts by status, then one line per file that needs attention. */
export function printSummary(summary: Summary, what: string): void {
  const counts = Object.entries(STATUS_LABELS).map(([status, label]) => `${label} ${summary.counts[status as IngestStatus]}`);
  process.stdout.write(`${what}: ${counts.join(', ')}\n`);
  for (const outcome of summary.attention.filter((o) => o.status === 'needsAssignment')) {
    const candidates = (outcome.candidates ?? []).map((c) => `${c.path} (${c.regionCode})`).join('; ');
    process.stdout.write(`  needs assignment: ${outcome.reason}${candidates ? ` — candidates: ${candidates}` : ''}\n`);
  }
  for (const outcome of summary.attention.filter((o) => o.status === 'failed')) process.stdout.write(`  failed: ${outcome.reason}\n`);
}
