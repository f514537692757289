// The generated reports of a synthetic corpus (tools/synth), for the benchmarks that ingest one.
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Report files under root (recursive, sorted), without the generator's truth and README files. */
export function reportFiles(root) {
  const out = [];
  const visit = (path) => {
    for (const name of readdirSync(path).sort()) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) visit(full);
      else if (/\.synthetic\.(txt|html)$/.test(name)) out.push(full);
    }
  };
  visit(resolve(root));
  return out;
}
