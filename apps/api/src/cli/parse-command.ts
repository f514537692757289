import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ParseError, parseReport } from '@dlens/report-parser';

/**
 * `parse FILE`: prints the canonical JSON of the report to stdout and returns 0, also when the
 * report breaks rules (they are in `findings`); input that cannot be parsed at all returns 2
 * with a one-line reason on stderr.
 */
export async function parseCommand(args: readonly string[]): Promise<number> {
  const file = args[0];
  if (!file || args.length > 1) {
    process.stderr.write('usage: cli parse FILE\n');
    return 2;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    process.stderr.write(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`);
    return 2;
  }
  try {
    const report = await parseReport(bytes, { fileName: basename(file) });
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ParseError) {
      process.stderr.write(`${file}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
