import type { AppConfig } from '../config/app-config.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

/** The database the app talks to: a real server from DATABASE_URL, or the embedded one. */
export interface DatabaseConnection {
  readonly url: string;
  readonly embedded: boolean;
  /** Human-readable description without credentials, for logs and /health. */
  readonly description: string;
  close(): Promise<void>;
}

function withoutPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

export async function openDatabase(config: Pick<AppConfig, 'DATABASE_URL' | 'PGLITE_DATA_DIR'>): Promise<DatabaseConnection> {
  if (config.DATABASE_URL) {
    return { url: config.DATABASE_URL, embedded: false, description: withoutPassword(config.DATABASE_URL), close: () => Promise.resolve() };
  }
  const embedded = await startEmbeddedPostgres(config.PGLITE_DATA_DIR);
  return {
    url: embedded.url,
    embedded: true,
    description: `embedded PGlite (${config.PGLITE_DATA_DIR})`,
    close: () => embedded.stop(),
  };
}
