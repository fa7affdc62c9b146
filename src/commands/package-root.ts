import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let found: string | null = null;

/**
 * The folder newsx is installed in (the one holding its package.json), found by walking up from this
 * module: the same answer from src/ (tsx), dist/ or a bundle chunk in dist/chunks/.
 */
export function packageRoot(): string {
  if (found) return found;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  found = dir;
  return dir;
}
