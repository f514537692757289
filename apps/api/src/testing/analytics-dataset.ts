import { IngestService } from '../modules/ingest/ingest.service.js';
import { onlyNaturalPersons, syntheticReport } from './synthetic-report.js';
import { createTestDatabase, startTestApp, type TestDatabase } from './test-app.js';

/** Chosen figures of one report; requests all come from natural persons and the tables balance. */
export interface ReportFigures {
  /** Printed as the issuer in the title, e.g. 桓仁满族自治县. */
  readonly issuer: string;
  readonly year: number;
  readonly received: number;
  readonly granted: number;
  readonly partiallyGranted?: number;
  /** 无法提供 · 本机关不掌握相关政府信息. */
  readonly notHeld?: number;
  readonly licensing?: number;
  readonly punishment?: number;
}

/** The report text: processed = the three outcomes, the rest carried forward. */
function reportText(f: ReportFigures): string {
  const partial = f.partiallyGranted ?? 0;
  const notHeld = f.notHeld ?? 0;
  const processed = f.granted + partial + notHeld;
  if (processed > f.received) throw new Error(`${f.issuer} ${f.year}: more requests processed than received`);
  return syntheticReport({
    issuer: f.issuer,
    year: f.year,
    normativeDocuments: [1, 0, 10],
    licensing: f.licensing ?? 100,
    punishment: f.punishment ?? 10,
    requests: {
      newReceived: onlyNaturalPersons(f.received),
      granted: onlyNaturalPersons(f.granted),
      partiallyGranted: onlyNaturalPersons(partial),
      unavailableNotHeld: onlyNaturalPersons(notHeld),
      totalProcessed: onlyNaturalPersons(processed),
      carriedForward: onlyNaturalPersons(f.received - processed),
    },
  });
}

/**
 * Reports for analytics tests, ingested through the real ingestion path. 本溪市 (210500) has six
 * counties: all six reported for 2023, 南芬区 (210505) is missing for 2024. Outside 本溪:
 * 东港市 (丹东, 568,566 residents), 新抚区 (抚顺, 222,984), 海淀区 (北京, 3,133,469) and
 * 仙桃市 (湖北 429000 省直辖, 1,268,715) for 2024; the prefecture government 本溪市 and a
 * department for 2024, which county roll-ups and county peers must leave out.
 * Populations (2020 census, data/population-2020-census.csv): 平山区 226,059; 溪湖区 204,660;
 * 明山区 378,936; 南芬区 55,560; 本溪满族自治县 230,850; 桓仁满族自治县 229,953.
 */
export const DATASET: readonly ReportFigures[] = [
  // 2024: received / granted / partly granted / not held (processed = the three outcomes)
  { issuer: '平山区', year: 2024, received: 20, granted: 10, partiallyGranted: 4, notHeld: 4 },
  { issuer: '溪湖区', year: 2024, received: 8, granted: 6, notHeld: 2 },
  { issuer: '明山区', year: 2024, received: 30, granted: 12, partiallyGranted: 6, notHeld: 10 },
  { issuer: '本溪满族自治县', year: 2024, received: 5, granted: 5 },
  { issuer: '桓仁满族自治县', year: 2024, received: 13, granted: 11, partiallyGranted: 2 },
  { issuer: '东港市', year: 2024, received: 40, granted: 20, notHeld: 20 },
  { issuer: '新抚区', year: 2024, received: 12, granted: 6, notHeld: 6 },
  { issuer: '海淀区', year: 2024, received: 120, granted: 100, notHeld: 20 },
  { issuer: '仙桃市', year: 2024, received: 50, granted: 25, notHeld: 25 },
  { issuer: '本溪市', year: 2024, received: 60, granted: 30, notHeld: 30 },
  { issuer: '本溪市生态环境局', year: 2024, received: 7, granted: 7 },
  // 2023
  { issuer: '平山区', year: 2023, received: 16, granted: 8, notHeld: 8 },
  { issuer: '溪湖区', year: 2023, received: 8, granted: 4, notHeld: 4 },
  { issuer: '明山区', year: 2023, received: 24, granted: 12, notHeld: 12 },
  { issuer: '南芬区', year: 2023, received: 3, granted: 3 },
  { issuer: '本溪满族自治县', year: 2023, received: 4, granted: 4 },
  { issuer: '桓仁满族自治县', year: 2023, received: 10, granted: 10 },
];

export type AnalyticsTestApp = Awaited<ReturnType<typeof startTestApp>> & { testDatabase: TestDatabase; dispose(): Promise<void> };

/** Boots the app on a fresh database without the sample reports and ingests the data set. */
export async function startAnalyticsApp(): Promise<AnalyticsTestApp> {
  const database = await createTestDatabase();
  const app = await startTestApp(database, { LOAD_SAMPLES: 'false' });
  const ingest = app.app.get(IngestService);
  for (const figures of DATASET) {
    const fileName = `${figures.issuer}-${figures.year}.txt`;
    const outcome = await ingest.ingest(Buffer.from(reportText(figures)), fileName);
    if (outcome.status !== 'stored') throw new Error(`${fileName}: ${outcome.status} ${outcome.reason ?? ''}`);
  }
  return {
    ...app,
    testDatabase: database,
    async dispose() {
      await app.close();
      await database.drop();
    },
  };
}

export interface GraphQLErrorBody {
  readonly message: string;
  readonly extensions: { readonly code: string } & Record<string, unknown>;
}

/** Posts a query and returns the whole body (data and errors) with the HTTP status. */
export async function postGraphQL<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ status: number; data?: T; errors?: GraphQLErrorBody[] }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as { data?: T; errors?: GraphQLErrorBody[] }) };
}
