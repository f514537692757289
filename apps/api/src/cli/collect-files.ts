import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Files under the given paths (folders recursively, hidden entries skipped), sorted within each folder. */
export async function collectFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  const visit = async (path: string): Promise<void> => {
    const info = await stat(path);
    if (info.isFile()) {
      files.push(path);
      return;
    }
    if (!info.isDirectory()) return;
    const entries = (await readdir(path)).filter((name) => !name.startsWith('.')).sort();
    for (const entry of entries) await visit(join(path, entry));
  };
  for (const path of paths) await visit(path);
  return files;
}
