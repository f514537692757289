import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** A throw-away database for the API's tests and the benchmarks. */
export interface ScratchDatabase {
  /** For logs, e.g. `PostgreSQL (dlens_bench_…)` or `embedded PGlite (in memory)`. */
  readonly description: string;
  /** The database name on the server; null for the embedded database. */
  readonly name: string | null;
  /** What points the app at it: DATABASE_URL, or PGLITE_DATA_DIR. */
  readonly env: Readonly<Record<string, string>>;
  drop(): Promise<void>;
}

export interface ScratchOptions {
  /** The server to create it on (default DATABASE_URL); without one, the embedded database. */
  readonly serverUrl?: string | undefined;
  /** Embedded only: in memory (fastest, gone with the process) or in a fresh folder, which survives restarts of the app (default). */
  readonly embedded?: 'memory' | 'folder';
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The URL of database `name` on the server of `serverUrl`. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A fresh database named `dlens_<tag>_…`: a new database on the PostgreSQL server when there is
 * one (CI runs everything on real PostgreSQL), otherwise an embedded PGlite.
 */
export async function createScratchDatabase(tag: string, options: ScratchOptions = {}): Promise<ScratchDatabase> {
  const serverUrl = 'serverUrl' in options ? options.serverUrl : process.env['DATABASE_URL'];
  if (!serverUrl) {
    if (options.embedded === 'memory') return { description: 'embedded PGlite (in memory)', name: null, env: { PGLITE_DATA_DIR: 'memory' }, drop: async () => undefined };
    const dir = mkdtempSync(join(tmpdir(), `dlens-${tag}-`));
    return { description: `embedded PGlite (${dir})`, name: null, env: { PGLITE_DATA_DIR: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `dlens_${tag}_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  await onServer(serverUrl, `CREATE DATABASE ${name}`);
  return {
    description: `PostgreSQL (${name})`,
    name,
    env: { DATABASE_URL: databaseUrl(serverUrl, name) },
    drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
