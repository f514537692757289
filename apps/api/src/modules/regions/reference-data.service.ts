import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/tokens.js';
import { RegionAttributeEntity } from './region-attribute.entity.js';
import { RegionEntity, type RegionLevel } from './region.entity.js';

interface RegionsFile {
  readonly source: string;
  readonly rows: readonly [string, string, RegionLevel, string | null][];
}

const POPULATION_SOURCE = '2020 census (第七次全国人口普查), data/population-2020-census.csv';
const CHUNK = 1000;

/** Loads the region list and census population into an empty database. */
@Injectable()
export class ReferenceDataService {
  private readonly logger = new Logger(ReferenceDataService.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async ensureLoaded(): Promise<void> {
    const count = await this.dataSource.getRepository(RegionEntity).count();
    if (count > 0) return;
    const regions = JSON.parse(await readFile(join(this.config.REFERENCE_DATA_DIR, 'regions.json'), 'utf8')) as RegionsFile;
    const population = await readFile(join(this.config.REFERENCE_DATA_DIR, 'population-2020-census.csv'), 'utf8');
    await this.dataSource.transaction(async (manager) => {
      await this.insertRegions(manager, regions);
      const loaded = await this.insertPopulation(manager, population, new Set(regions.rows.map((r) => r[0])));
      this.logger.log(`Loaded ${regions.rows.length} regions and ${loaded} population figures`);
    });
  }

  private async insertRegions(manager: EntityManager, regions: RegionsFile): Promise<void> {
    // Parents before children: the rows are sorted by code, and a parent's code sorts first.
    const rows = regions.rows.map(([code, name, level, parentCode]) => ({ code, name, level, parentCode }));
    for (let i = 0; i < rows.length; i += CHUNK) {
      await manager.insert(RegionEntity, rows.slice(i, i + CHUNK));
    }
  }

  /** Population rows whose code is in the region list (the census also tabulates development zones). */
  private async insertPopulation(manager: EntityManager, csv: string, codes: ReadonlySet<string>): Promise<number> {
    const rows = csv
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','))
      .filter(([code, , , , population]) => code && codes.has(code) && population)
      .map(([code, , , , population]) => ({
        regionCode: code as string,
        key: 'population',
        year: 2020,
        value: Number(population),
        source: POPULATION_SOURCE,
      }));
    for (let i = 0; i < rows.length; i += CHUNK) {
      await manager.insert(RegionAttributeEntity, rows.slice(i, i + CHUNK));
    }
    return rows.length;
  }
}
