import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RegionEntity, type RegionLevel } from './region.entity.js';

export interface DirectoryRegion {
  readonly code: string;
  readonly name: string;
  readonly level: RegionLevel;
  readonly parentCode: string | null;
}

/** Suffixes a region's name is often printed without (桓仁满族自治县 → 桓仁, 平潭县 → 平潭). */
const SUFFIXES = ['特别行政区', '自治县', '自治州', '自治旗', '林区', '地区', '省', '市', '县', '区', '旗', '盟'];

/** The region list in memory (about 3,300 rows), for attributing issuer names to regions. */
@Injectable()
export class RegionDirectory {
  private loaded: Promise<void> | null = null;
  private readonly byCode = new Map<string, DirectoryRegion>();
  private readonly byName = new Map<string, DirectoryRegion[]>();
  private readonly byShortName = new Map<string, DirectoryRegion[]>();

  /**
   * Loads the list on first use (reference data does not change while the app runs), through
   * the caller's manager: on the embedded database a query on another connection would wait
   * for the caller's open transaction.
   */
  async ready(manager: EntityManager): Promise<this> {
    this.loaded ??= this.load(manager);
    await this.loaded;
    return this;
  }

  private async load(manager: EntityManager): Promise<void> {
    const regions = await manager.find(RegionEntity);
    for (const region of regions) {
      this.byCode.set(region.code, region);
      push(this.byName, region.name, region);
      const short = shortName(region.name);
      if (short) push(this.byShortName, short, region);
    }
  }

  get(code: string): DirectoryRegion | undefined {
    return this.byCode.get(code);
  }

  /** The region and its ancestors, top first. */
  chain(code: string): DirectoryRegion[] {
    const chain: DirectoryRegion[] = [];
    for (let region = this.byCode.get(code); region; region = region.parentCode ? this.byCode.get(region.parentCode) : undefined) {
      chain.unshift(region);
    }
    return chain;
  }

  /** 辽宁省 › 本溪市 › 桓仁满族自治县 */
  path(code: string): string {
    return this.chain(code)
      .map((r) => r.name)
      .join(' › ');
  }

  /**
   * Regions named in `text`: full names first, then short names where no full name was found
   * at the same place. Each match is the region list for that name (a name may repeat: 鼓楼区 ×4).
   */
  namedIn(text: string): { readonly name: string; readonly start: number; readonly regions: readonly DirectoryRegion[] }[] {
    const found: { name: string; start: number; regions: DirectoryRegion[] }[] = [];
    const covered = (start: number, end: number) => found.some((f) => start < f.start + f.name.length && f.start < end);
    for (const index of [this.byName, this.byShortName]) {
      const names = [...index.keys()].filter((n) => text.includes(n)).sort((a, b) => b.length - a.length);
      for (const name of names) {
        for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
          if (!covered(at, at + name.length)) found.push({ name, start: at, regions: index.get(name) ?? [] });
        }
      }
    }
    return found.sort((a, b) => a.start - b.start);
  }

  /**
   * Regions whose full name differs by one character from the start of `text` (OCR slips:
   * 沐阳县 for 沭阳县). There may be many (?阳县): they are offered to a person, never taken.
   */
  nearMisses(text: string): DirectoryRegion[] {
    const misses: DirectoryRegion[] = [];
    for (const [name, regions] of this.byName) {
      if (name.length >= 3 && differsByOne(text.slice(0, name.length), name)) misses.push(...regions);
    }
    return misses.sort((a, b) => a.code.localeCompare(b.code));
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function shortName(name: string): string | null {
  for (const suffix of SUFFIXES) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 2) return name.slice(0, -suffix.length);
  }
  return null;
}

function differsByOne(a: string, b: string): boolean {
  let differences = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++differences > 1) return false;
  return differences === 1;
}
