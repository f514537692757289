import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { SESSION_SETTINGS } from './session-settings.js';

/** An embedded PostgreSQL (PGlite, WebAssembly) served over the Postgres wire protocol on loopback. */
export interface EmbeddedPostgres {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite and a socket server for it, so the ordinary `pg` driver (and psql) can connect.
 * `dataDir` = 'memory' keeps everything in memory.
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  if (dataDir !== 'memory') mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir === 'memory' ? undefined : dataDir);
  // Every connection through the socket server is this one session: set once, seen by all.
  for (const [name, value] of Object.entries(SESSION_SETTINGS)) await db.exec(`SET ${name} = '${value}'`);
  // pglite-socket accepts one connection by default; the pool needs a few. PGlite is one
  // backend: concurrent transactions are serialised, so no query may wait on another connection
  // while a transaction is open.
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 16 });
  await server.start();
  const address = server.getServerConn();
  return {
    url: `postgres://postgres:postgres@${address}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
