import { Injectable } from '@nestjs/common';
import type { ParsedReport } from '@dlens/domain';
import { In, type EntityManager } from 'typeorm';
import type { AttributionCandidate } from '../ingest/pending-report.entity.js';
import { RegionDirectory, type DirectoryRegion } from '../regions/region-directory.service.js';
import { IssuerAliasEntity } from './issuer-alias.entity.js';
import { IssuerEntity, type IssuerKind } from './issuer.entity.js';

/** What is left of a government's name once its region is taken away: 人民政府, 管委会 … */
const GOVERNMENT_REST = /^(?:人民政府(?:办公室|办公厅)?|政府|管理委员会|管委会)?$/;

export type Attribution =
  /** `fromContext`: the name alone was not enough; the report's text decided (do not reuse for the same name). */
  | { readonly kind: 'issuer'; readonly issuer: IssuerEntity; readonly fromContext: boolean }
  | { readonly kind: 'unresolved'; readonly reason: string; readonly candidates: AttributionCandidate[] };

const normalise = (text: string) => text.replace(/[\s\u3000]+/g, '');

/**
 * Finds whose report it is, from the issuer's printed name and the report's own text.
 * A known name or alias wins; otherwise the regions named at the start of the issuer's name
 * (淮安市洪泽区人民政府 → 洪泽区) give the region, a name found in several places (鼓楼区) is
 * resolved from parent regions named in the text, and anything still open is left for a
 * person to assign: never a silent guess.
 */
@Injectable()
export class AttributionService {
  constructor(private readonly directory: RegionDirectory) {}

  async attribute(manager: EntityManager, report: Pick<ParsedReport, 'issuer' | 'title' | 'context'>): Promise<Attribution> {
    const name = normalise(report.issuer.name ?? '');
    if (name.length < 2) return unresolved('the report names no issuer in its title or signature', []);
    const directory = await this.directory.ready(manager);
    const context = normalise([report.title ?? '', report.context.opening, report.context.closing].join(' '));

    const prefix = regionPrefixOf(directory, name);
    // A name whose region exists in several places (鼓楼区人民政府) needs the text to say which,
    // even when an issuer of that name is already known.
    const ambiguousPlace = prefix.regions.length > 1;
    const known = await this.knownIssuers(manager, name);
    if (known.length > 0) {
      const narrowed = known.length === 1 && !ambiguousPlace ? known : this.byContext(known, (i) => i.regionCode, context, ambiguousPlace);
      if (narrowed.length === 1 && narrowed[0]) return { kind: 'issuer', issuer: narrowed[0], fromContext: known.length > 1 || ambiguousPlace };
    }

    if (prefix.regions.length === 0) {
      const misses = directory.nearMisses(name);
      return misses.length > 0
        ? unresolved(`no region is named in "${name}"; regions with a name one character away exist`, this.candidates(misses))
        : unresolved(`no region is named in "${name}"`, []);
    }
    const regions = ambiguousPlace ? this.byContext(prefix.regions, (r) => r.code, context, true) : prefix.regions;
    const region = regions.length === 1 ? regions[0] : undefined;
    if (!region) {
      return unresolved(`"${prefix.name}" exists in ${prefix.regions.length} places and the text does not say which`, this.candidates(prefix.regions));
    }
    const kind: IssuerKind = GOVERNMENT_REST.test(name.slice(prefix.end)) ? 'government' : 'department';
    return { kind: 'issuer', issuer: await this.issuerOf(manager, region.code, name, kind), fromContext: ambiguousPlace };
  }

  /** Finds or creates the issuer; a region has one government, whatever name it prints. */
  async issuerOf(manager: EntityManager, regionCode: string, name: string, kind: IssuerKind): Promise<IssuerEntity> {
    const existing =
      (await manager.findOne(IssuerEntity, { where: { regionCode, name } })) ??
      (kind === 'government' ? await manager.findOne(IssuerEntity, { where: { regionCode, kind }, order: { id: 'ASC' } }) : null);
    if (existing) {
      if (existing.name !== name) await this.addAlias(manager, existing.id, name, 'another printed name of the same government');
      return existing;
    }
    return manager.save(IssuerEntity, manager.create(IssuerEntity, { name, kind, regionCode }));
  }

  async addAlias(manager: EntityManager, issuerId: number, alias: string, note: string | null): Promise<void> {
    await manager.createQueryBuilder().insert().into(IssuerAliasEntity).values({ alias: normalise(alias), issuerId, note }).orIgnore().execute();
  }

  private async knownIssuers(manager: EntityManager, name: string): Promise<IssuerEntity[]> {
    const aliases = await manager.find(IssuerAliasEntity, { where: { alias: name } });
    const named = await manager.find(IssuerEntity, { where: { name } });
    const ids = [...new Set([...aliases.map((a) => a.issuerId), ...named.map((i) => i.id)])];
    return ids.length === 0 ? [] : manager.find(IssuerEntity, { where: { id: In(ids) } });
  }

  /**
   * Keeps the items whose region is named in the text: for known issuers the region itself
   * counts; for same-named regions (鼓楼区 ×4) only an ancestor can tell them apart.
   */
  private byContext<T>(items: readonly T[], codeOf: (item: T) => string | null, context: string, ancestorsOnly = false): T[] {
    return items.filter((item) => {
      const code = codeOf(item);
      if (!code) return false;
      const chain = this.directory.chain(code);
      return (ancestorsOnly ? chain.slice(0, -1) : chain).some((region) => context.includes(region.name));
    });
  }

  private candidates(regions: readonly DirectoryRegion[]): AttributionCandidate[] {
    return regions.map((r) => ({ regionCode: r.code, regionName: r.name, path: this.directory.path(r.code) }));
  }
}

function unresolved(reason: string, candidates: AttributionCandidate[]): Attribution {
  return { kind: 'unresolved', reason, candidates };
}

/**
 * The regions named one after another from the start of an issuer's name, and the most
 * specific of them (淮安市洪泽区人民政府: 淮安市 then 洪泽区 → 洪泽区). Regions named later in
 * the name are not taken: department names rarely contain place names, but may.
 */
function regionPrefixOf(directory: RegionDirectory, name: string): { name: string; end: number; regions: DirectoryRegion[] } {
  let end = 0;
  let last: { name: string; regions: readonly DirectoryRegion[] } | null = null;
  let parents: readonly DirectoryRegion[] = [];
  for (const match of directory.namedIn(name)) {
    if (match.start !== end) continue;
    // A later name narrows to the regions under the earlier one (淮安市 then 洪泽区).
    const under = parents.length === 0 ? match.regions : match.regions.filter((r) => parents.some((p) => directory.chain(r.code).includes(p)));
    if (under.length === 0) break;
    last = { name: match.name, regions: under };
    parents = under;
    end = match.start + match.name.length;
  }
  return { name: last?.name ?? '', end, regions: [...(last?.regions ?? [])] };
}
