// Starts and stops the built API (which also serves the built dashboard) on a free port.
import { spawn } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createServer } from 'node:net';
import { sleep } from './harness.mjs';

/**
 * A fresh database for one API instance: a new database on the server of DATABASE_URL when it
 * is set (CI runs on real PostgreSQL), otherwise the embedded PGlite in memory. Each instance
 * gets its own, so the two instances and repeated runs never see each other's reports. Made by
 * the API's own helper (its tests and the benchmarks use it too), from the build under test.
 */
export async function createDatabase(apiMain, tag) {
  const { createScratchDatabase } = await import(pathToFileURL(join(dirname(apiMain), 'testing/scratch-database.js')).href);
  return createScratchDatabase(`e2e_${tag}`, { embedded: 'memory' });
}

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** The first admin, created by the API at start (ADMIN_USERNAME / ADMIN_PASSWORD). */
export const ADMIN = { username: 'e2e-admin', password: 'e2e-admin-password' };

/** One API process on its own database; `samplesDir` holds the reports loaded at start (the repository's sample by default). */
export async function startApi({ name, apiMain, webDist, samplesDir, database, loadSamples = true }) {
  const port = await freePort();
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    WEB_DIST_DIR: webDist,
    LOAD_SAMPLES: loadSamples ? 'true' : 'false',
    LOG_LEVEL: 'warn',
    ADMIN_USERNAME: ADMIN.username,
    ADMIN_PASSWORD: ADMIN.password,
  };
  delete env.DATABASE_URL;
  delete env.PGLITE_DATA_DIR;
  Object.assign(env, database.env);
  if (samplesDir) env.SAMPLE_REPORTS_DIR = samplesDir;
  const started = Date.now();
  const child = spawn(process.execPath, [apiMain], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = [];
  const keep = (chunk) => {
    log.push(chunk.toString());
    if (log.length > 400) log.splice(0, log.length - 400);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((r) => child.once('exit', (code, signal) => r({ code, signal })));
  return { name, port, baseUrl: `http://127.0.0.1:${port}`, child, log, exited, started };
}

export async function waitForHealth(api, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let lastProblem = 'no answer';
  while (Date.now() < deadline) {
    if (api.child.exitCode !== null) throw new Error(`the ${api.name} API exited with code ${api.child.exitCode} before /health answered`);
    try {
      const response = await fetch(`${api.baseUrl}/health`, { signal: AbortSignal.timeout(2000) });
      if (response.status === 200) return Date.now() - api.started;
      lastProblem = `HTTP ${response.status}`;
    } catch (error) {
      lastProblem = error.cause?.code ?? error.message;
    }
    await sleep(250);
  }
  throw new Error(`the ${api.name} API did not answer /health with 200 within ${timeoutMs / 1000} s (last: ${lastProblem})`);
}

export async function stopApi(api) {
  if (!api || api.child.exitCode !== null || api.child.signalCode !== null) return;
  api.child.kill('SIGTERM');
  const done = await Promise.race([api.exited.then(() => true), sleep(5000).then(() => false)]);
  if (!done) {
    api.child.kill('SIGKILL');
    await api.exited;
  }
}

/** A GraphQL request from the test itself (setup and cross-checks). */
export async function graphql(api, query, variables = {}) {
  const response = await fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data;
}

/**
 * Uploads every file of a folder through the uploadReports mutation (GraphQL multipart request),
 * `batch` files per request, `concurrency` requests at a time. Returns the count per status.
 */
export async function uploadFolder(api, dir, batch = 50, concurrency = 2) {
  const names = (await readdir(dir)).sort();
  // Writing needs an admin: sign in once, then send the session token as a Bearer header.
  const login = await fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($u:String!,$p:String!){login(username:$u,password:$p){token}}', variables: { u: ADMIN.username, p: ADMIN.password } }),
  }).then((r) => r.json());
  if (!login.data?.login?.token) throw new Error(`sign-in as ${ADMIN.username} failed: ${JSON.stringify(login.errors)}`);
  const authorization = `Bearer ${login.data.login.token}`;
  const totals = {};
  const query = 'mutation($files:[Upload!]!){uploadReports(files:$files){files{status}}}';
  const chunks = [];
  for (let i = 0; i < names.length; i += batch) chunks.push(names.slice(i, i + batch));
  const send = async (chunk) => {
    const form = new FormData();
    form.append('operations', JSON.stringify({ query, variables: { files: chunk.map(() => null) } }));
    form.append('map', JSON.stringify(Object.fromEntries(chunk.map((_, j) => [String(j), [`variables.files.${j}`]]))));
    for (const [j, name] of chunk.entries()) form.append(String(j), new Blob([await readFile(join(dir, name))]), name);
    const response = await fetch(`${api.baseUrl}/graphql`, { method: 'POST', headers: { 'apollo-require-preflight': 'true', authorization }, body: form });
    const body = await response.json();
    if (!response.ok || body.errors) throw new Error(`upload of ${dir} failed at ${chunk[0]}: HTTP ${response.status} ${JSON.stringify(body.errors ?? body)}`);
    for (const file of body.data.uploadReports.files) totals[file.status] = (totals[file.status] ?? 0) + 1;
  };
  // Two requests in flight: the API parses in worker threads while the other request writes.
  let next = 0;
  const worker = async () => {
    while (next < chunks.length) await send(chunks[next++]);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return totals;
}
