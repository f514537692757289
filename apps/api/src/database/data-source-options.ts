import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { SESSION_SETTINGS } from './session-settings.js';

/** The same options for the embedded database and a real server: only the URL differs. */
export function dataSourceOptions(url: string, embedded: boolean): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    synchronize: false,
    // PGlite is a single backend: a small pool, and no query may wait on another
    // connection while a transaction is open (all work inside a transaction uses its manager).
    extra: {
      max: embedded ? 4 : 10,
      connectionTimeoutMillis: 10_000,
      // Set on the embedded database's one session when it starts (embedded-postgres.ts).
      ...(embedded ? {} : { options: Object.entries(SESSION_SETTINGS).map(([name, value]) => `-c ${name}=${value}`).join(' ') }),
    },
    logging: ['error'],
  };
}
