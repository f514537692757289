import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface AttributeImport {
  /** e.g. `population`, `area_km2`; letters, digits and underscores. */
  readonly key: string;
  readonly year: number;
  /** The CSV column holding the value (default: the key). */
  readonly column?: string;
  readonly source: string;
}

export interface AttributeImportResult {
  readonly imported: number;
  /** Rows whose code is not in the region list (e.g. census development zones), by line. */
  readonly unknownCodes: { readonly line: number; readonly code: string }[];
  readonly errors: string[];
}

export class AttributeImportError extends Error {}

/**
 * Imports a figure per region from CSV (`code,…,<column>`), e.g. resident population, so that
 * per-capita rates and population-band peer groups can use it. All rows or none are stored.
 */
@Injectable()
export class RegionAttributesService {
  constructor(private readonly dataSource: DataSource) {}

  async importCsv(csv: string, fileName: string, options: AttributeImport): Promise<AttributeImportResult> {
    if (!/^[a-z][a-z0-9_]{0,63}$/.test(options.key)) throw new AttributeImportError(`attribute key "${options.key}" must be lower-case letters, digits and _`);
    const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
    const header = (lines[0] ?? '').split(',').map((h) => h.trim());
    const codeAt = header.indexOf('code');
    const column = options.column ?? options.key;
    const valueAt = header.indexOf(column);
    if (codeAt < 0 || valueAt < 0) {
      throw new AttributeImportError(`${fileName}, line 1: the header needs a "code" and a "${column}" column (found: ${header.join(', ')})`);
    }
    const known = new Set(((await this.dataSource.query('SELECT code FROM region')) as { code: string }[]).map((r) => r.code));
    const rows: { code: string; value: number; line: number }[] = [];
    const result: AttributeImportResult = { imported: 0, unknownCodes: [], errors: [] };
    lines.slice(1).forEach((text, index) => {
      const line = index + 2;
      if (text.trim() === '') return;
      const cells = text.split(',');
      const code = (cells[codeAt] ?? '').trim();
      const raw = (cells[valueAt] ?? '').trim();
      if (!code) return;
      const value = Number(raw);
      if (raw === '' || !Number.isFinite(value)) result.errors.push(`${fileName}, line ${line}, column "${column}": "${raw}" is not a number`);
      else if (!known.has(code)) result.unknownCodes.push({ line, code });
      else rows.push({ code, value, line });
    });
    if (result.errors.length > 0) throw new AttributeImportError(result.errors.slice(0, 10).join('\n'));
    await this.dataSource.transaction(async (manager) => {
      for (let i = 0; i < rows.length; i += 1000) {
        const chunk = rows.slice(i, i + 1000);
        await manager.query(
          `INSERT INTO region_attribute (region_code, key, year, value, source)
           SELECT code, $2, $3, value, $4 FROM unnest($1::text[], $5::float8[]) AS t(code, value)
           ON CONFLICT (region_code, key, year) DO UPDATE SET value = EXCLUDED.value, source = EXCLUDED.source`,
          [chunk.map((r) => r.code), options.key, options.year, options.source, chunk.map((r) => r.value)],
        );
      }
    });
    return { ...result, imported: rows.length };
  }
}
