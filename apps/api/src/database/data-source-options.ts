import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

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
      // The analytics queries' row estimates are rough (unnested metric lists): PostgreSQL then
      // spends a second JIT-compiling a query that runs in milliseconds. PGlite has no JIT.
      // Prepared statements (statements.ts) are planned for each execution's parameters: with
      // their catch-all filters (`$8 IS NULL OR …`) the generic plan PostgreSQL switches to
      // after five runs took 2.8 s where a plan for the parameters takes 90 ms (national compare).
      // Random reads cost about what sequential ones do when the data is cached or on SSD (1.1
      // instead of 4, which assumes spinning disks): the findings of a province and year are then
      // found from its issuers, a probe each (10 ms), not by reading every report of the year (39
      // ms at 200,000 reports).
      ...(embedded ? {} : { options: '-c jit=off -c plan_cache_mode=force_custom_plan -c random_page_cost=1.1' }),
    },
    logging: ['error'],
  };
}
