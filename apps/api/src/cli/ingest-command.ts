import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { loadConfig } from '../config/app-config.js';
import { createApp } from '../create-app.js';
import type { IngestOutcome, IngestStatus } from '../modules/ingest/ingest-outcome.js';
import { IngestService } from '../modules/ingest/ingest.service.js';
import { collectFiles } from './collect-files.js';
import { ProgressBar } from './progress-bar.js';

const STATUS_LABELS: Readonly<Record<IngestStatus, string>> = {
  stored: 'ingested',
  revised: 'new revision',
  unchanged: 'unchanged',
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
  // Quiet Nest logs: the summary is the output. Sample reports are not loaded into a database being filled by hand.
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'error', LOAD_SAMPLES: 'false' });
  const running = await createApp(config);
  const outcomes: IngestOutcome[] = [];
  try {
    const ingest = running.app.get(IngestService);
    const progress = new ProgressBar(files.length);
    for (const [index, file] of files.entries()) {
      progress.update(index, basename(file));
      outcomes.push(await ingest.ingest(await readFile(file), file));
    }
    progress.update(files.length, 'done');
    progress.finish();
  } finally {
    await running.close();
  }
  const counts = Object.entries(STATUS_LABELS).map(
    ([status, label]) => `${label} ${outcomes.filter((o) => o.status === status).length}`,
  );
  process.stdout.write(`${files.length} file(s): ${counts.join(', ')}\n`);
  for (const outcome of outcomes.filter((o) => o.status === 'failed')) process.stdout.write(`  failed: ${outcome.reason}\n`);
  return outcomes.some((o) => o.status === 'failed') ? 1 : 0;
}
