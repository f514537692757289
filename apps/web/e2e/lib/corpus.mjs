// Builds the folder of reports the national API instance loads at start: synthetic reports
// (tools/synth, marked as synthetic) for every county of the country for one year, and a few
// more years for one province. Everything goes to a temporary folder, never into the repository.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Generator processes still running (killed if the run is aborted). */
export const runningGenerators = new Set();

function flatten(dir, into) {
  let count = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) count += flatten(path, into);
    else if (/\.synthetic\.(txt|html)$/.test(name)) {
      renameSync(path, join(into, name));
      count += 1;
    }
  }
  return count;
}

export async function buildSyntheticCorpus({ repoRoot, tmpDir, year, extraYears, extraProvince }) {
  const generator = join(repoRoot, 'tools/synth/generate.mjs');
  const raw = join(tmpDir, 'raw');
  const flat = join(tmpDir, 'reports');
  mkdirSync(flat, { recursive: true });
  const runs = [
    ['--years', String(year)],
    ['--years', extraYears, '--provinces', extraProvince],
  ];
  for (const [i, args] of runs.entries()) {
    const out = join(raw, String(i));
    // Asynchronous, so the other API instance's tests go on meanwhile.
    const { status, output } = await new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [generator, '--out', out, '--seed', '1', '--quiet', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      runningGenerators.add(child);
      child.once('exit', () => runningGenerators.delete(child));
      let text = '';
      child.stdout.on('data', (c) => (text += c));
      child.stderr.on('data', (c) => (text += c));
      child.on('error', reject);
      child.on('exit', (code) => resolve({ status: code, output: text }));
    });
    if (status !== 0) throw new Error(`the synthetic corpus generator failed (${args.join(' ')}): ${output}`);
  }
  let count = 0;
  for (const i of runs.keys()) count += flatten(join(raw, String(i)), flat);
  return { dir: flat, count };
}
