import { Injectable } from '@nestjs/common';
import type { ParsedReport } from '@dlens/domain';
import type { EntityManager } from 'typeorm';
import { RegionEntity } from '../regions/region.entity.js';
import { IssuerEntity, type IssuerKind } from './issuer.entity.js';

/** Words that make a name a government (not a department): 人民政府, 管委会 … */
const GOVERNMENT_SUFFIX = /(?:人民政府|人民政府办公室|人民政府办公厅|管理委员会|管委会)$/;

/**
 * Finds or creates the issuer of a parsed report. A name that equals a region's name
 * (`桓仁满族自治县`, `xx县人民政府`) is that region's government.
 */
@Injectable()
export class AttributionService {
  async issuerFor(manager: EntityManager, report: ParsedReport): Promise<IssuerEntity> {
    const name = report.issuer.name ?? report.title ?? 'unknown';
    const existing = await manager.findOne(IssuerEntity, { where: { name }, order: { id: 'ASC' } });
    if (existing) return existing;
    const regionName = name.replace(GOVERNMENT_SUFFIX, '');
    const regions = await manager.find(RegionEntity, { where: { name: regionName } });
    const region = regions.length === 1 ? regions[0] : undefined;
    const kind: IssuerKind = region || GOVERNMENT_SUFFIX.test(name) ? 'government' : 'department';
    return manager.save(IssuerEntity, manager.create(IssuerEntity, { name, kind, regionCode: region?.code ?? null }));
  }
}
