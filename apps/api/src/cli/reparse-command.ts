import { AuditService } from '../modules/auth/audit.service.js';
import { IngestService } from '../modules/ingest/ingest.service.js';
import { withApp } from './app-context.js';
import { printSummary, summarise } from './ingest-command.js';
import { ProgressBar } from './progress-bar.js';

/** `reparse`: re-reads every stored original with this parser; new parses become new revisions. */
export async function reparseCommand(args: readonly string[]): Promise<number> {
  if (args.length > 0) {
    process.stderr.write('usage: cli reparse\n');
    return 2;
  }
  const outcomes = await withApp(async (app) => {
    let progress: ProgressBar | null = null;
    const results = await app.get(IngestService).reparseAll((done, total) => {
      progress ??= new ProgressBar(total);
      progress.update(done, done === total ? 'done' : 'reparsing');
      if (done === total) progress.finish();
    });
    await app.get(AuditService).record('cli', 'reparse', `${results.length} report(s)`, { counts: summarise(results).counts });
    return results;
  });
  const summary = summarise(outcomes);
  printSummary(summary, `${outcomes.length} report(s)`);
  return summary.counts.failed > 0 ? 1 : 0;
}
