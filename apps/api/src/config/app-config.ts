import { resolve } from 'node:path';
import { z } from 'zod';

/** Where the repository root is, seen from apps/api/dist or apps/api/src. */
const repoRoot = resolve(import.meta.dirname, '../../../..');

const postgresUrl = z
  .string()
  .url()
  .refine((url) => /^postgres(ql)?:\/\//.test(url), 'must be a postgres:// or postgresql:// URL');

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** A real PostgreSQL server; without it the embedded PGlite database is used. */
  DATABASE_URL: postgresUrl.optional(),
  /** Folder of the embedded database; `memory` keeps it in memory (tests). */
  PGLITE_DATA_DIR: z.string().min(1).default(resolve(repoRoot, '.data/pglite')),
  /** Built dashboard to serve at /, if present. */
  WEB_DIST_DIR: z.string().min(1).default(resolve(repoRoot, 'apps/web/dist')),
  /** Region list and population shipped with the app. */
  REFERENCE_DATA_DIR: z.string().min(1).default(resolve(repoRoot, 'data')),
  /** Sample reports loaded into an empty database on first start. */
  SAMPLE_REPORTS_DIR: z.string().min(1).default(resolve(repoRoot, 'samples/reports')),
  LOAD_SAMPLES: flag.default(true),
  /** Largest report file accepted, in bytes. */
  UPLOAD_MAX_BYTES: z.coerce.number().int().positive().default(20 * 1024 * 1024),
  /** Parser worker threads for uploads; a file that takes longer than the timeout or needs more memory fails alone. */
  PARSE_WORKERS: z.coerce.number().int().min(1).max(32).default(2),
  PARSE_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  PARSE_MAX_MEMORY_MB: z.coerce.number().int().min(64).default(768),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  /** Reading (queries, downloads) without an account. Writing always needs an admin. */
  PUBLIC_READ: flag.default(true),
  /** The first admin, created at start when there is no account yet. */
  ADMIN_USERNAME: z.string().min(3).optional(),
  ADMIN_PASSWORD: z.string().min(10, 'must have at least 10 characters').optional(),
  /** Origins allowed to call the API from another site, comma-separated (default: none, same origin only). */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
    .pipe(z.array(z.string().url('each origin must be a URL such as https://example.gov.cn'))),
});

export type AppConfig = z.infer<typeof schema>;

/** Thrown at boot for a bad setting; the message names the variable. */
export class ConfigError extends Error {}

/** Validates the environment; a bad value stops the app with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  return result.data;
}

