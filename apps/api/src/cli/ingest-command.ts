import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
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

/**
 * `ingest PATH...`: stores every report file under the paths (each in its own transaction)
 * and prints a summary with the reason for each failure. Returns 1 if any file failed.
 */
export async function ingestCommand(args: readonly string[]): Promise<number> {
  if (args.length === 0) {
    process.stderr.write('usage: cli ingest PATH... (files or folders, recursive)\n');
    return 2;
  }
  const files = await collectFiles(args);
  const outcomes = await withApp(async (app) => {
    const ingest = app.get(IngestService);
    const progress = new ProgressBar(files.length);
    const results: IngestOutcome[] = [];
    for (const [index, file] of files.entries()) {
      progress.update(index, basename(file));
      results.push(await ingest.ingest(await readFile(file), file));
    }
    progress.update(files.length, 'done');
    progress.finish();
    return results;
  });
  printSummary(outcomes, `${files.length} file(s)`);
  return outcomes.some((o) => o.status === 'failed') ? 1 : 0;
}

/** One line of counts by status, then one line per file that needs attention. */
export function printSummary(outcomes: readonly IngestOutcome[], what: string): void {
  const counts = Object.entries(STATUS_LABELS).map(
    ([status, label]) => `${label} ${outcomes.filter((o) => o.status === status).length}`,
  );
  process.stdout.write(`${what}: ${counts.join(', ')}\n`);
  for (const outcome of outcomes.filter((o) => o.status === 'needsAssignment')) {
    const candidates = (outcome.candidates ?? []).map((c) => `${c.path} (${c.regionCode})`).join('; ');
    process.stdout.write(`  needs assignment: ${outcome.reason}${candidates ? ` — candidates: ${candidates}` : ''}\n`);
  }
  for (const outcome of outcomes.filter((o) => o.status === 'failed')) process.stdout.write(`  failed: ${outcome.reason}\n`);
}
