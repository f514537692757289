import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL } from '../testing/analytics-dataset.js';
import { createTestDatabase, startTestApp, type TestDatabase } from '../testing/test-app.js';

/** `region { parent { parent … { code } } }` with `parents` levels of parent. */
const nested = (parents: number) => `{ region(code: "210522") { ${'parent { '.repeat(parents)}code${' }'.repeat(parents)} } }`;

describe('GraphQL query limits', () => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof startTestApp>>;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(database, { LOAD_SAMPLES: 'false' });
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('answers a query at the depth limit and rejects one deeper', async () => {
    // region is depth 0; with 7 parents, code sits at depth 8 (the limit)
    const ok = await postGraphQL<{ region: unknown }>(app.url, nested(7));
    expect(ok.errors).toBeUndefined();
    const deep = await postGraphQL(app.url, nested(8));
    expect(deep.status).toBe(400);
    expect(deep.data).toBeUndefined();
    expect(deep.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', maxDepth: 8 });
  });

  it('rejects an alias-flooded query', async () => {
    // each `metrics { key }` costs 2 (the field and its one child): 2,501 of them cost 5,002
    const flood = `{ ${Array.from({ length: 2501 }, (_, i) => `m${i}: metrics { key }`).join(' ')} }`;
    const body = await postGraphQL(app.url, flood);
    expect(body.status).toBe(400);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', complexity: 5002, maxComplexity: 5000 });
    const fewer = `{ ${Array.from({ length: 10 }, (_, i) => `m${i}: metrics { key }`).join(' ')} }`;
    expect((await postGraphQL(app.url, fewer)).errors).toBeUndefined();
  });

  it('prices the same query by its variables each time (the verdicts are remembered per document and variables)', async () => {
    // searchRegions costs 1 + limit × its selection: 60 aliases × (1 + 100 × 1) = 6,060, × (1 + 1) = 120
    const query = `query($limit: Int) { ${Array.from({ length: 60 }, (_, i) => `s${i}: searchRegions(query: "本溪", limit: $limit) { code }`).join(' ')} }`;
    const withLimit = (limit: number) => postGraphQL(app.url, query, { limit });
    expect((await withLimit(1)).errors).toBeUndefined();
    expect((await withLimit(100)).errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', complexity: 6060 });
    expect((await withLimit(1)).errors).toBeUndefined();
    expect((await withLimit(100)).errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', complexity: 6060 });
    // A document too deep stays too deep.
    expect((await postGraphQL(app.url, nested(8))).errors?.[0]?.extensions.code).toBe('QUERY_TOO_DEEP');
  });

  it('prices analytics queries and list fields by their rows', async () => {
    // benchmarkAll costs 50 + 30 × its selection: 70 × 80 = 5,600
    const benchmarks = `{ ${Array.from({ length: 70 }, (_, i) => `b${i}: benchmarkAll(year: 2024, regionCode: "210522") { value }`).join(' ')} }`;
    expect((await postGraphQL(app.url, benchmarks)).errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    // the three levels at once: 1 + 40 × (1 + 20 × (1 + 20 × 1)) = 16,841
    const wholeTree = '{ regions { children { children { code } } } }';
    expect((await postGraphQL(app.url, wholeTree)).errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    const oneLevel = '{ regions { code name children { code name } } }';
    expect((await postGraphQL(app.url, oneLevel)).errors).toBeUndefined();
  });
});
