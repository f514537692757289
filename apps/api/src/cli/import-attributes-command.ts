import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { AttributeImportError, RegionAttributesService } from '../modules/attributes/region-attributes.service.js';
import { withApp } from './app-context.js';

const USAGE = 'usage: cli import-attributes FILE.csv --key KEY --year YEAR [--column COLUMN] [--source TEXT]';

/** `import-attributes`: a figure per region from CSV (a `code` column and a value column). */
export async function importAttributesCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { key: { type: 'string' }, year: { type: 'string' }, column: { type: 'string' }, source: { type: 'string' } },
  });
  const file = positionals[0];
  const year = Number(values.year);
  if (!file || positionals.length > 1 || !values.key || !Number.isInteger(year)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const csv = await readFile(file, 'utf8');
  try {
    const result = await withApp((app) =>
      app.get(RegionAttributesService).importCsv(csv, basename(file), {
        key: values.key as string,
        year,
        ...(values.column ? { column: values.column } : {}),
        source: values.source ?? basename(file),
      }),
    );
    process.stdout.write(`${result.imported} value(s) of "${values.key}" for ${year} imported; ${result.unknownCodes.length} row(s) with codes not in the region list skipped\n`);
    return 0;
  } catch (error) {
    if (error instanceof AttributeImportError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
