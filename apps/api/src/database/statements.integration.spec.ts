import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPARE_SQL } from '../modules/analytics/compare.sql.js';
import { startAnalyticsApp, type AnalyticsTestApp } from '../testing/analytics-dataset.js';
import { graphql } from '../testing/test-app.js';
import { SESSION_SETTINGS } from './session-settings.js';

const COMPARE = `query($regionCode: String, $years: [Int!]) {
  compare(metrics: ["requestsReceived", "grantRate"], regionCode: $regionCode, years: $years, level: county) { issuerName year value change }
}`;
/** A national compare and one of a prefecture's counties: the catch-all filters on and off. */
const ARGUMENTS = [{ years: [2024] }, { regionCode: '210500' }] as const;

describe('the fixed statements (statements.ts)', () => {
  let app: AnalyticsTestApp;
  const compare = (variables: Record<string, unknown>) => graphql<{ compare: unknown[] }>(app.url, COMPARE, variables);

  beforeAll(async () => {
    app = await startAnalyticsApp();
  });
  afterAll(async () => {
    await app?.dispose();
  });

  it('answer alike when many connections run the same statement at once', async () => {
    const first = await Promise.all(ARGUMENTS.map(compare));
    // More requests at once than the pool has idle connections: each prepares it (real server)
    // or shares the embedded database's one session (where the same name prepared twice fails).
    const together = await Promise.all(Array.from({ length: 12 }, (_, i) => compare(ARGUMENTS[i % ARGUMENTS.length]!)));
    together.forEach((answer, i) => expect(answer).toEqual(first[i % ARGUMENTS.length]));
    // Two metrics of the nine county reports of 2024; of 本溪's eleven county reports of 2023–2024.
    expect(first.map((answer) => answer.compare.length)).toEqual([18, 22]);
  });

  it.skipIf(!process.env['DATABASE_URL'])('are prepared on PostgreSQL and planned for each execution’s parameters', async () => {
    // One request at a time: the pool hands back the connection used last (pg-pool's idle list
    // is last in, first out), so the statement's record below is that connection's.
    for (let i = 0; i < 10; i++) await compare(ARGUMENTS[i % ARGUMENTS.length]!);
    const sql = app.app.get(DataSource);
    const [record] = (await sql.query(
      'SELECT statement, generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements WHERE name = $1',
      [COMPARE_SQL.name],
    )) as { statement: string; generic: number; custom: number }[];
    expect(record?.statement).toBe(COMPARE_SQL.text);
    expect(record).toMatchObject({ generic: 0 });
    expect(record!.custom).toBeGreaterThanOrEqual(10);
  });

  it('run in sessions with the API’s settings, on either database', async () => {
    // (Why each setting: session-settings.ts.) Several connections at once, so that more than one
    // session of the pool answers.
    const sql = app.app.get(DataSource);
    const names = Object.keys(SESSION_SETTINGS);
    const sessions = await Promise.all(
      Array.from({ length: 4 }, () => sql.query(`SELECT ${names.map((name) => `current_setting('${name}') AS ${name}`).join(', ')}, pg_sleep(0.05)`)),
    );
    for (const [session] of sessions as Record<string, string>[][]) expect(session).toMatchObject(SESSION_SETTINGS);
  });
});
