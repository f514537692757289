import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig, type AppConfig } from '../config/app-config.js';
import { createApp, type RunningApp } from '../create-app.js';

/**
 * A database for one test file: a fresh database on the server of DATABASE_URL when it is
 * set (CI runs the suite on real PostgreSQL), otherwise a fresh embedded PGlite folder.
 */
export interface TestDatabase {
  readonly env: Record<string, string>;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'dlens-pglite-'));
    return { env: { PGLITE_DATA_DIR: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `dlens_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Boots the whole app (listening on a free loopback port) on a test database. */
export async function startTestApp(database: TestDatabase, env: Record<string, string> = {}): Promise<RunningApp & { url: string; config: AppConfig }> {
  const config = loadConfig({ ...database.env, LOG_LEVEL: 'warn', ...env });
  const running = await createApp(config);
  await running.app.listen(0, '127.0.0.1');
  const url = (await running.app.getUrl()).replace('[::1]', '127.0.0.1');
  return { ...running, url, config };
}

/** Posts a GraphQL query and returns `data`, failing on GraphQL errors. */
export async function graphql<T>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}
