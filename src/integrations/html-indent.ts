/** Drops template indentation from every built page (src/lib/html-indent.ts), before Pagefind reads them. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { dropIndentation } from '../lib/html-indent.ts';

export function htmlIndentation(): AstroIntegration {
  return {
    name: 'digest:html-indentation',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html')) continue;
          const path = join(root, file);
          writeFileSync(path, dropIndentation(readFileSync(path, 'utf8')));
        }
      },
    },
  };
}
