import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RegionsService } from './regions.service.js';
import { createTestDatabase, graphql, startTestApp, type TestDatabase } from '../../testing/test-app.js';

interface Region {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
  path: string;
  population: number | null;
  populationYear: number | null;
  childCount: number;
}

const FIELDS = 'code name level parentCode path population populationYear childCount';

describe('regions', () => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof startTestApp>>;
  const query = <T>(text: string, variables: Record<string, unknown> = {}) => graphql<T>(app.url, text, variables);

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(database, { LOAD_SAMPLES: 'false' });
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('finds a county with its path, census population and parent', async () => {
    const data = await query<{ region: Region & { parent: Region } }>(`{ region(code: "210522") { ${FIELDS} parent { code name childCount } } }`);
    expect(data.region).toEqual({
      code: '210522',
      name: '桓仁满族自治县',
      level: 'county',
      parentCode: '210500',
      path: '辽宁省 › 本溪市 › 桓仁满族自治县',
      population: 229953,
      populationYear: 2020,
      childCount: 0,
      parent: { code: '210500', name: '本溪市', childCount: 6 },
    });
    expect((await query<{ region: null }>('{ region(code: "999999") { code } }')).region).toBeNull();
  });

  it('lists the provinces, then the children of a region', async () => {
    const top = await query<{ regions: Region[] }>(`{ regions { ${FIELDS} } }`);
    expect(top.regions).toHaveLength(31);
    expect(top.regions[0]).toMatchObject({ code: '110000', name: '北京市', level: 'province', path: '北京市', childCount: 16 });
    const benxi = await query<{ regions: Region[] }>(`{ regions(parentCode: "210500") { ${FIELDS} } }`);
    expect(benxi.regions.map((r) => [r.code, r.name, r.population])).toEqual([
      ['210502', '平山区', 226059],
      ['210503', '溪湖区', 204660],
      ['210504', '明山区', 378936],
      ['210505', '南芬区', 55560],
      ['210521', '本溪满族自治县', 230850],
      ['210522', '桓仁满族自治县', 229953],
    ]);
  });

  it("hangs a municipality's districts off the province and keeps 省直辖 pseudo-prefectures", async () => {
    const beijing = await query<{ regions: Region[] }>(`{ regions(parentCode: "110000") { ${FIELDS} } }`);
    expect(beijing.regions).toHaveLength(16);
    expect(beijing.regions.find((r) => r.code === '110108')).toMatchObject({ level: 'county', path: '北京市 › 海淀区' });
    const hubei = await query<{ regions: Region[] }>(`{ regions(parentCode: "420000", level: prefecture) { ${FIELDS} } }`);
    expect(hubei.regions.find((r) => r.code === '429000')).toMatchObject({ name: '省直辖县级行政区划', path: '湖北省 › 省直辖县级行政区划', childCount: 4 });
    const xiantao = await query<{ region: Region }>(`{ region(code: "429004") { path } }`);
    expect(xiantao.region.path).toBe('湖北省 › 省直辖县级行政区划 › 仙桃市');
  });

  it('lists every region of a level, and loads nested children in one batch per level', async () => {
    const prefectures = await query<{ regions: Region[] }>('{ regions(level: prefecture) { code } }');
    expect(prefectures.regions.length).toBeGreaterThan(300);
    const childrenOf = vi.spyOn(app.app.get(RegionsService), 'childrenOf');
    const tree = await query<{ regions: { code: string; children: { code: string }[] }[] }>('{ regions(parentCode: "210000") { code children { code } } }');
    expect(tree.regions).toHaveLength(14);
    expect(childrenOf).toHaveBeenCalledTimes(1); // the 14 prefectures' children: one query, not 14
    childrenOf.mockRestore();
    expect(tree.regions.find((r) => r.code === '210500')!.children.map((c) => c.code)).toEqual(['210502', '210503', '210504', '210505', '210521', '210522']);
  });

  it('searches names: exact first, then prefix, then contains, each with its path', async () => {
    const exact = await query<{ searchRegions: Region[] }>('{ searchRegions(query: "城区", limit: 5) { code name path } }');
    expect(exact.searchRegions).toEqual([
      { code: '140302', name: '城区', path: '山西省 › 阳泉市 › 城区' },
      { code: '140502', name: '城区', path: '山西省 › 晋城市 › 城区' },
      { code: '441502', name: '城区', path: '广东省 › 汕尾市 › 城区' },
      { code: '110101', name: '东城区', path: '北京市 › 东城区' },
      { code: '110102', name: '西城区', path: '北京市 › 西城区' },
    ]);
    const prefix = await query<{ searchRegions: Region[] }>('{ searchRegions(query: " 本溪 ") { code path } }');
    expect(prefix.searchRegions).toEqual([
      { code: '210500', path: '辽宁省 › 本溪市' },
      { code: '210521', path: '辽宁省 › 本溪市 › 本溪满族自治县' },
    ]);
    // a county whose name starts with the query ranks above prefectures that only contain it
    const ranked = await query<{ searchRegions: Region[] }>('{ searchRegions(query: "沙市") { code name } }');
    expect(ranked.searchRegions).toEqual([
      { code: '421002', name: '沙市区' },
      { code: '430100', name: '长沙市' },
      { code: '460300', name: '三沙市' },
    ]);
    const contains = await query<{ searchRegions: Region[] }>('{ searchRegions(query: "桓仁") { code population } }');
    expect(contains.searchRegions).toEqual([{ code: '210522', population: 229953 }]);
    expect((await query<{ searchRegions: Region[] }>('{ searchRegions(query: "  ") { code } }')).searchRegions).toEqual([]);
  });
});
