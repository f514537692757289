// The issuing bodies: every county-level division of data/regions.json (its government) and
// optionally N departments of it, with the names they print and their size parameters.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Rng } from './rng.mjs';

/**
 * @typedef {{ code: string, name: string, parentName: string, parentLevel: string,
 *   prefectureName: string | null, provinceName: string, provinceCode: string, population: number,
 *   populationKnown: boolean, zone: boolean }} County
 */

/** Reads the county-level divisions with parents and 2020 census population. */
export function loadCounties(root) {
  const regions = JSON.parse(readFileSync(join(root, 'data/regions.json'), 'utf8'));
  const byCode = new Map(regions.rows.map((r) => [r[0], r]));
  const population = new Map();
  const csv = readFileSync(join(root, 'data/population-2020-census.csv'), 'utf8').trim().split('\n').slice(1);
  for (const line of csv) {
    const cols = line.split(',');
    if (cols[0]) population.set(cols[0], Number(cols[4]));
  }
  /** @type {County[]} */
  const counties = [];
  for (const [code, name, level, parentCode] of regions.rows) {
    if (level !== 'county') continue;
    const parent = byCode.get(parentCode);
    const province = byCode.get(`${code.slice(0, 2)}0000`);
    const zone = /开发区|新区|管理区|园区|示范区|风景名胜区|新城|合作区|试验区|实验区|管委会|食品区|工业园|港区/.test(name);
    const known = population.has(code);
    const rng = new Rng(`population|${code}`);
    counties.push({
      code,
      name,
      parentName: parent ? parent[1] : '',
      parentLevel: parent ? parent[2] : '',
      prefectureName: parent && parent[2] === 'prefecture' ? parent[1] : null,
      provinceName: province ? province[1] : '',
      provinceCode: code.slice(0, 2),
      // Development zones have no census row: a plausible resident population instead.
      population: known ? population.get(code) : Math.round(Math.min(900_000, rng.lognormal(150_000, 0.7))),
      populationKnown: known,
      zone,
    });
  }
  return counties;
}

/**
 * Departments of a county government. `slug` names files; `requests`, `licensing`, … scale the
 * figures relative to the county government's; `branch` is the name pattern of a prefecture
 * branch office (分局), used for districts.
 */
export const DEPARTMENTS = [
  { name: '财政局', slug: 'czj', requests: 0.05, licensing: 0.002, punishment: 0.002, coercion: 0, fees: 0.02, docs: 0.3 },
  { name: '市场监督管理局', slug: 'scjgj', requests: 0.12, licensing: 0.25, punishment: 0.2, coercion: 0.4, fees: 0.05, docs: 0.4 },
  { name: '公安局', slug: 'gaj', requests: 0.15, licensing: 0.6, punishment: 1.2, coercion: 0.8, fees: 0.3, docs: 0.2, branch: '公安局{county}分局' },
  { name: '自然资源局', slug: 'zrzyj', requests: 0.35, licensing: 0.05, punishment: 0.03, coercion: 0.05, fees: 0.1, docs: 0.4, branch: '自然资源和规划局{county}分局' },
  { name: '人力资源和社会保障局', slug: 'rsj', requests: 0.08, licensing: 0.05, punishment: 0.01, coercion: 0, fees: 0.01, docs: 0.5 },
  { name: '住房和城乡建设局', slug: 'zjj', requests: 0.12, licensing: 0.08, punishment: 0.03, coercion: 0.02, fees: 0.15, docs: 0.6 },
  { name: '生态环境分局', slug: 'sthjj', requests: 0.05, licensing: 0.01, punishment: 0.02, coercion: 0.05, fees: 0, docs: 0.2, branch: '生态环境局{county}分局' },
  { name: '交通运输局', slug: 'jtysj', requests: 0.04, licensing: 0.1, punishment: 0.1, coercion: 0.1, fees: 0.05, docs: 0.3 },
  { name: '教育局', slug: 'jyj', requests: 0.05, licensing: 0.01, punishment: 0.001, coercion: 0, fees: 0.1, docs: 0.6 },
  { name: '卫生健康局', slug: 'wjj', requests: 0.04, licensing: 0.05, punishment: 0.02, coercion: 0.01, fees: 0.02, docs: 0.4 },
  { name: '农业农村局', slug: 'nyncj', requests: 0.05, licensing: 0.03, punishment: 0.02, coercion: 0.02, fees: 0.01, docs: 0.4 },
  { name: '民政局', slug: 'mzj', requests: 0.03, licensing: 0.02, punishment: 0.001, coercion: 0, fees: 0, docs: 0.4 },
  { name: '应急管理局', slug: 'yjglj', requests: 0.02, licensing: 0.02, punishment: 0.02, coercion: 0.02, fees: 0, docs: 0.3 },
  { name: '司法局', slug: 'sfj', requests: 0.02, licensing: 0.005, punishment: 0.001, coercion: 0, fees: 0, docs: 0.2 },
  { name: '水利局', slug: 'slj', requests: 0.03, licensing: 0.01, punishment: 0.01, coercion: 0.01, fees: 0.05, docs: 0.3 },
  { name: '发展和改革局', slug: 'fgj', requests: 0.04, licensing: 0.01, punishment: 0.002, coercion: 0, fees: 0, docs: 0.5 },
  { name: '行政审批局', slug: 'xzspj', requests: 0.06, licensing: 0.8, punishment: 0, coercion: 0, fees: 0.01, docs: 0.2 },
  { name: '城市管理局', slug: 'cgj', requests: 0.05, licensing: 0.03, punishment: 0.15, coercion: 0.3, fees: 0.05, docs: 0.3 },
  { name: '商务局', slug: 'swj', requests: 0.01, licensing: 0.01, punishment: 0.002, coercion: 0, fees: 0, docs: 0.3 },
  { name: '文化广电和旅游局', slug: 'wglj', requests: 0.02, licensing: 0.02, punishment: 0.01, coercion: 0.01, fees: 0.01, docs: 0.3 },
  { name: '退役军人事务局', slug: 'tyjrj', requests: 0.02, licensing: 0, punishment: 0, coercion: 0, fees: 0, docs: 0.2 },
  { name: '医疗保障局', slug: 'ybj', requests: 0.02, licensing: 0.002, punishment: 0.005, coercion: 0, fees: 0, docs: 0.3 },
  { name: '统计局', slug: 'tjj', requests: 0.01, licensing: 0, punishment: 0.001, coercion: 0, fees: 0, docs: 0.1 },
  { name: '审计局', slug: 'sjj', requests: 0.01, licensing: 0, punishment: 0, coercion: 0, fees: 0, docs: 0.1 },
];

/** The first four are the departments nearly every county site lists; the rest in a per-county order. */
export function departmentsOf(county, n, seed) {
  if (n <= 0) return [];
  const rng = new Rng(`${seed}|departments|${county.code}`);
  const core = DEPARTMENTS.slice(0, 4);
  const rest = DEPARTMENTS.slice(4);
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [rest[i], rest[j]] = [rest[j], rest[i]];
  }
  return [...core, ...rest].slice(0, n);
}

/** The short form of a county name used in prose (桓仁满族自治县 → 桓仁县, 鄂温克族自治旗 → 鄂温克旗). */
export function shortName(name) {
  const m = /^(.{2,}?)(?:[\u4e00-\u9fa5]{1,6}族)+自治(县|旗)$/.exec(name);
  if (m) return `${m[1]}${m[2]}`;
  return name;
}

/**
 * How an issuer prints its name in the title and signs the report. Styles are chosen per issuer
 * and sometimes change from one year to the next, as on real sites.
 */
export function issuerNames(county, dept, style) {
  const prefix = county.parentName && county.parentName !== county.name ? county.parentName : '';
  if (!dept) {
    if (county.zone) {
      const full = /管委会$|管理委员会$/.test(county.name) ? county.name : `${county.name}管理委员会`;
      const printed = style === 'plain' ? county.name : style === 'short' ? full.replace(/管理委员会$/, '管委会') : full;
      return { printed, signature: full, office: `${full}办公室` };
    }
    const government = `${county.name}人民政府`;
    const signature = `${prefix && style === 'prefixed' ? prefix : ''}${government}`;
    switch (style) {
      case 'plain':
        return { printed: county.name, signature: government, office: `${government}办公室` };
      case 'prefixed':
        return { printed: `${prefix}${government}`, signature, office: `${prefix}${government}办公室` };
      case 'office':
        return { printed: `${government}办公室`, signature: `${government}办公室`, office: `${government}办公室` };
      default:
        return { printed: government, signature: government, office: `${government}办公室` };
    }
  }
  // Districts' police, ecology and land offices are branches of the prefecture's bureau.
  const branch = dept.branch && prefix && (/区$/.test(county.name) || dept.slug === 'sthjj');
  const stem = shortName(county.name).replace(/[区县市旗]$/, '');
  const base = branch ? `${prefix}${dept.branch.replace('{county}', stem.length >= 2 ? stem : county.name)}` : `${county.name}${dept.name}`;
  const printed = style === 'prefixed' && !branch && prefix ? `${prefix}${base}` : base;
  return { printed, signature: printed, office: printed };
}
