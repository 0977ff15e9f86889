/**
 * Builds the search index at the end of every production build, with Pagefind's Node API, into
 * <outDir>/pagefind (the hook's `dir`, so `astro build --outDir …` is respected). Pagefind reads only
 * pages whose <main> carries data-pagefind-body (Base.astro's `indexed`). Any error it reports stops
 * the build, and so does finding no page at all: a site whose search silently lost its pages must not ship.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'digest:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const outputPath = join(site, 'pagefind');
        const fail = (step: string, errors: string[]) => {
          if (errors.length) throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
        };
        try {
          const { index, errors } = await pagefind.createIndex();
          fail('createIndex', errors);
          if (!index) throw new Error('Pagefind returned no index');
          const added = await index.addDirectory({ path: site });
          fail('addDirectory', added.errors);
          if (added.page_count === 0) throw new Error(`Pagefind found no HTML page in ${site}`);
          fail('writeFiles', (await index.writeFiles({ outputPath })).errors);
          logger.info(`read ${added.page_count} pages, wrote the search index to ${outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
