import { loadConfig, type AppConfig } from '../config/app-config.js';
import { createApp, type RunningApp } from '../create-app.js';
import { createScratchDatabase, type ScratchDatabase } from './scratch-database.js';

/** A database for one test file (a folder when embedded, so that a test can restart the app on it). */
export type TestDatabase = ScratchDatabase;

export function createTestDatabase(): Promise<TestDatabase> {
  return createScratchDatabase('test');
}

/** The admin account every test app starts with (ADMIN_USERNAME / ADMIN_PASSWORD). */
export const TEST_ADMIN = { username: 'admin', password: 'test-admin-password' } as const;

/**
 * Boots the whole app (listening on a free loopback port) on a test database, with the test
 * admin account; `adminToken` is a session of it, for the mutations (every one needs an admin).
 */
export async function startTestApp(
  database: TestDatabase,
  env: Record<string, string> = {},
): Promise<RunningApp & { url: string; config: AppConfig; adminToken: string }> {
  const config = loadConfig({ ...database.env, LOG_LEVEL: 'warn', ADMIN_USERNAME: TEST_ADMIN.username, ADMIN_PASSWORD: TEST_ADMIN.password, ...env });
  const running = await createApp(config);
  await running.app.listen(0, '127.0.0.1');
  const url = (await running.app.getUrl()).replace('[::1]', '127.0.0.1');
  const { login } = await graphql<{ login: { token: string } }>(url, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', {
    u: TEST_ADMIN.username,
    p: TEST_ADMIN.password,
  });
  return { ...running, url, config, adminToken: login.token };
}

/** Posts a GraphQL query (as the session of `token`, if given) and returns `data`, failing on GraphQL errors. */
export async function graphql<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}
