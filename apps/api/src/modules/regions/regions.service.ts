import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { RegionLevel } from './region.entity.js';
import type { RegionRow } from './region.model.js';
import { UnknownRegionError } from './regions.errors.js';

/**
 * The columns of a region row. GB/T 2260 has three levels, so the parent and grandparent
 * joins give the full path (辽宁省 › 本溪市 › 桓仁满族自治县; a municipality's district has two).
 */
const REGION_SELECT = `
SELECT r.code, r.name, r.level, r.parent_code AS "parentCode",
  concat_ws(' › ', gp.name, p.name, r.name) AS path,
  pop.value AS population, pop.year AS "populationYear",
  (SELECT count(*)::int FROM region c WHERE c.parent_code = r.code) AS "childCount"
FROM region r
LEFT JOIN region p ON p.code = r.parent_code
LEFT JOIN region gp ON gp.code = p.parent_code
LEFT JOIN LATERAL (
  -- the latest resident-population figure (today the 2020 census)
  SELECT a.value, a.year FROM region_attribute a
  WHERE a.region_code = r.code AND a.key = 'population'
  ORDER BY a.year DESC
  LIMIT 1
) pop ON true`;

/** Loaders of one GraphQL request, so that nested parent/children/path fields batch into one query each. */
export interface RegionLoaders {
  readonly byCode: DataLoader<string, RegionRow | null>;
  readonly children: DataLoader<string, RegionRow[]>;
}

@Injectable()
export class RegionsService {
  private readonly loaders = new WeakMap<object, RegionLoaders>();

  constructor(private readonly dataSource: DataSource) {}

  async findOne(code: string): Promise<RegionRow | null> {
    const [region] = await this.byCodes([code]);
    return region ?? null;
  }

  /** The region of a code a client asked about; UnknownRegionError (UNKNOWN_REGION) when there is none. */
  async existing(code: string): Promise<RegionRow> {
    const region = await this.findOne(code);
    if (!region) throw new UnknownRegionError(code);
    return region;
  }

  /** Children of a region, or the provinces; or every region of a level. Ordered by code. */
  list(parentCode: string | null, level: RegionLevel | null): Promise<RegionRow[]> {
    return this.dataSource.query(
      `${REGION_SELECT}
       WHERE CASE WHEN $1::text IS NULL AND $2::text IS NULL THEN r.parent_code IS NULL
                  ELSE ($1::text IS NULL OR r.parent_code = $1) AND ($2::text IS NULL OR r.level = $2) END
       ORDER BY r.code`,
      [parentCode, level],
    );
  }

  /** Regions whose name contains the query: exact names first, then prefixes, then the rest; higher levels and shorter names first. */
  search(query: string, limit: number): Promise<RegionRow[]> {
    const text = query.trim();
    if (text === '') return Promise.resolve([]);
    return this.dataSource.query(
      `${REGION_SELECT}
       WHERE strpos(r.name, $1) > 0
       ORDER BY CASE WHEN r.name = $1 THEN 0 WHEN left(r.name, length($1)) = $1 THEN 1 ELSE 2 END,
         array_position(ARRAY['province', 'prefecture', 'county'], r.level::text), length(r.name), r.code
       LIMIT $2`,
      [text, Math.min(Math.max(limit, 1), 100)],
    );
  }

  byCodes(codes: readonly string[]): Promise<RegionRow[]> {
    return this.dataSource.query(`${REGION_SELECT} WHERE r.code = ANY($1) ORDER BY r.code`, [codes]);
  }

  childrenOf(parentCodes: readonly string[]): Promise<RegionRow[]> {
    return this.dataSource.query(`${REGION_SELECT} WHERE r.parent_code = ANY($1) ORDER BY r.code`, [parentCodes]);
  }

  /** The loaders of one request, keyed by its GraphQL context object. */
  loadersFor(context: object): RegionLoaders {
    let loaders = this.loaders.get(context);
    if (!loaders) {
      loaders = {
        byCode: new DataLoader(async (codes) => {
          const rows = new Map((await this.byCodes(codes)).map((r) => [r.code, r]));
          return codes.map((code) => rows.get(code) ?? null);
        }),
        children: new DataLoader(async (parents) => {
          const rows = await this.childrenOf(parents);
          return parents.map((parent) => rows.filter((r) => r.parentCode === parent));
        }),
      };
      this.loaders.set(context, loaders);
    }
    return loaders;
  }
}
