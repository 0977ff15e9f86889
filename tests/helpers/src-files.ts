/** The project's source files under src/ (absolute paths), those whose path relative to src/ passes `keep`. */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from './build.ts';

export const srcRoot = join(projectRoot, 'src');

export function srcFiles(keep: (relativePath: string) => boolean): string[] {
  return readdirSync(srcRoot, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => keep(relative(srcRoot, f).split('\\').join('/')))
    .sort();
}
