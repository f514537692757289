import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlResponse } from '../../testing/graphql-multipart.js';
import { onlyNaturalPersons, syntheticReport } from '../../testing/synthetic-report.js';
import { createTestDatabase, graphql, startTestApp, TEST_ADMIN, type TestDatabase } from '../../testing/test-app.js';
import { IngestService } from '../ingest/ingest.service.js';

const SEED = new URL('../../../../../../shared/corpus/seed/huanren-2024.txt', import.meta.url);
const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { username role } } }';
const CREATE_USER = 'mutation($user: NewUser!) { createUser(user: $user) { id username role regionCode } }';
const errorCode = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions?.['code'];

describe('accounts, roles and the audit log', () => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let analystToken: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(database);
    await graphql(app.url, CREATE_USER, { user: { username: 'analyst1', password: 'analyst-password', role: 'analyst' } }, app.adminToken);
    analystToken = (await graphql<{ login: { token: string } }>(app.url, LOGIN, { u: 'analyst1', p: 'analyst-password' })).login.token;
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('created the first admin from ADMIN_USERNAME / ADMIN_PASSWORD, with a scrypt hash and no plain password', async () => {
    const rows = (await app.app.get(DataSource).query('SELECT username, role, password_hash FROM user_account ORDER BY id')) as {
      username: string;
      role: string;
      password_hash: string;
    }[];
    expect(rows.map((r) => [r.username, r.role])).toEqual([
      [TEST_ADMIN.username, 'admin'],
      ['analyst1', 'analyst'],
    ]);
    for (const row of rows) {
      expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
      expect(row.password_hash).not.toContain('password');
    }
  });

  it('lets anyone read when reading is public', async () => {
    const response = await graphqlResponse<{ reports: { totalCount: number } }>(app.url, '{ reports { totalCount } }');
    expect(response.data?.reports.totalCount).toBe(1);
  });

  it('guards every mutation: anonymous → UNAUTHENTICATED, analyst → FORBIDDEN, admin → done', async () => {
    const mutation = 'mutation { deleteReport(id: 999999) }';
    expect(errorCode(await graphqlResponse(app.url, mutation))).toBe('UNAUTHENTICATED');
    expect(errorCode(await graphqlResponse(app.url, mutation, {}, analystToken))).toBe('FORBIDDEN');
    expect((await graphqlResponse<{ deleteReport: boolean }>(app.url, mutation, {}, app.adminToken)).data).toEqual({ deleteReport: false });
    expect(errorCode(await graphqlResponse(app.url, '{ pendingReports { id } }', {}, analystToken))).toBe('FORBIDDEN');
    expect(errorCode(await graphqlResponse(app.url, '{ auditLog { id } }'))).toBe('UNAUTHENTICATED');
  });

  it('signs in with an HttpOnly cookie, knows who is signed in, and signs out', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { u: 'analyst1', p: 'analyst-password' } }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^dlens_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const session = cookie.split(';')[0] as string;
    const me = async () =>
      (await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: session }, body: JSON.stringify({ query: '{ me { username role } }' }) }).then(
        (r) => r.json(),
      )) as { data: { me: { username: string } | null } };
    expect((await me()).data.me).toEqual({ username: 'analyst1', role: 'analyst' });
    await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: session }, body: JSON.stringify({ query: 'mutation { logout }' }) });
    expect((await me()).data.me).toBeNull();
  });

  it('locks sign-in after five wrong passwords for a name', async () => {
    await graphql(app.url, CREATE_USER, { user: { username: 'lead1', password: 'lead-password-1', role: 'countyLead', regionCode: '210522' } }, app.adminToken);
    const codes = [];
    for (let i = 0; i < 6; i++) codes.push(errorCode(await graphqlResponse(app.url, LOGIN, { u: 'lead1', p: `wrong-${i}` })));
    expect(codes).toEqual(['BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'RATE_LIMITED']);
    // Even the right password waits out the lock.
    expect(errorCode(await graphqlResponse(app.url, LOGIN, { u: 'lead1', p: 'lead-password-1' }))).toBe('RATE_LIMITED');
  });

  it('checks new accounts: weak passwords, county leads without a region, taken names', async () => {
    const attempt = (user: Record<string, unknown>) => graphqlResponse(app.url, CREATE_USER, { user }, app.adminToken);
    expect((await attempt({ username: 'x1x', password: 'short', role: 'analyst' })).errors?.[0]?.message).toBe('the password must have at least 10 characters');
    expect((await attempt({ username: 'lead2', password: 'long-enough-pw', role: 'countyLead' })).errors?.[0]?.message).toBe('a county lead needs a region code');
    expect((await attempt({ username: 'analyst1', password: 'long-enough-pw', role: 'analyst' })).errors?.[0]?.message).toBe('the user name analyst1 is taken');
  });

  it('treats SQL in filter strings as plain text', async () => {
    const response = await graphqlResponse<{ reports: { totalCount: number } }>(app.url, `query($s: String) { reports(search: $s) { totalCount } }`, {
      s: "'; DROP TABLE report; --",
    });
    expect(response.data?.reports.totalCount).toBe(0);
    expect(((await app.app.get(DataSource).query('SELECT count(*)::int AS n FROM report')) as { n: number }[])[0]?.n).toBe(1);
  });

  it('deletes a report as admin, checks its neighbours again, and logs who did what', async () => {
    const ingest = app.app.get(IngestService);
    const issuer = '桓仁满族自治县';
    const y2023 = await ingest.ingest(Buffer.from(syntheticReport({ issuer, year: 2023, requests: { newReceived: onlyNaturalPersons(3), totalProcessed: onlyNaturalPersons(0), carriedForward: onlyNaturalPersons(3) } })), 'h-2023.txt');
    // The sample 2024 report carries over 0: a broken chain with 2023's 3 carried forward.
    const sample2024 = (await ingest.ingest(readFileSync(SEED), 'huanren-2024.txt')).reportId;
    const carryOver = () =>
      app.app.get(DataSource).query(`SELECT rule FROM finding WHERE report_id = $1 AND rule = 'crossYear.carryOver'`, [sample2024]) as Promise<unknown[]>;
    expect(await carryOver()).toHaveLength(1);
    const deleted = await graphql<{ deleteReport: boolean }>(app.url, `mutation($id: Int!) { deleteReport(id: $id) }`, { id: y2023.reportId }, app.adminToken);
    expect(deleted.deleteReport).toBe(true);
    expect(await carryOver()).toHaveLength(0);
    const log = await graphql<{ auditLog: { actor: string; action: string; subject: string }[] }>(app.url, '{ auditLog(first: 20) { actor action subject } }', {}, app.adminToken);
    expect(log.auditLog.map((e) => [e.actor, e.action, e.subject])).toEqual(
      expect.arrayContaining([
        ['admin', 'delete', `report ${y2023.reportId}`],
        ['admin', 'user.create', 'user analyst1'],
        ['system', 'user.create', 'user admin'],
      ]),
    );
  });
});

describe('private reading', () => {
  it('needs an account to read when PUBLIC_READ is off, but not to sign in', async () => {
    const database = await createTestDatabase();
    const app = await startTestApp(database, { PUBLIC_READ: 'false' });
    try {
      expect(errorCode(await graphqlResponse(app.url, '{ reports { totalCount } }'))).toBe('UNAUTHENTICATED');
      expect((await graphqlResponse<{ reports: { totalCount: number } }>(app.url, '{ reports { totalCount } }', {}, app.adminToken)).data?.reports.totalCount).toBe(1);
      const download = await fetch(`${app.url}/files/${'0'.repeat(64)}`);
      expect(download.status).toBe(401);
      expect((await fetch(`${app.url}/health`)).status).toBe(200);
    } finally {
      await app.close();
      await database.drop();
    }
  });
});
