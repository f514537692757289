import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, startTestApp, type TestDatabase } from './testing/test-app.js';

const INDEX = '<!doctype html><title>Disclosure Lens</title>';

describe('the API serving the built dashboard', () => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let webDist: string;

  beforeAll(async () => {
    webDist = mkdtempSync(join(tmpdir(), 'dlens-web-'));
    mkdirSync(join(webDist, 'assets'));
    writeFileSync(join(webDist, 'index.html'), INDEX);
    writeFileSync(join(webDist, 'assets', 'app-1a2b3c.js'), 'console.log(1)');
    database = await createTestDatabase();
    app = await startTestApp(database, { LOAD_SAMPLES: 'false', WEB_DIST_DIR: webDist });
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('answers client-side routes with index.html, to GET and to HEAD', async () => {
    for (const path of ['/', '/compare', '/reports/12?tab=findings']) {
      const page = await fetch(`${app.url}${path}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toBe(INDEX);
      expect(page.headers.get('last-modified')).not.toBeNull();
      const head = await fetch(`${app.url}${path}`, { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(head.headers.get('content-type')).toMatch(/^text\/html/);
    }
  });

  it('serves assets with their validators, and leaves the API paths and missing files alone', async () => {
    const asset = await fetch(`${app.url}/assets/app-1a2b3c.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('etag')).not.toBeNull();
    expect(asset.headers.get('cache-control')).toBe('public, max-age=3600');
    expect((await fetch(`${app.url}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${app.url}/health`)).headers.get('content-type')).toMatch(/^application\/json/);
    expect((await fetch(`${app.url}/files/00`)).headers.get('content-type')).toMatch(/^application\/json/);
  });
});
