/**
 * Two guards around every build.
 * - Before Astro reads any content, src/lib/content-check.ts checks it all and stops the build with one plain
 *   message per problem (file, line, field, value), instead of Astro's Markdown-formatted schema errors.
 * - A build that fails after it began writing leaves no half-built site behind: the output folder is removed,
 *   so what remains is either the last complete site (an early failure writes nothing) or no site at all,
 *   never new assets without pages or old pages mixed with new ones.
 */
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/content-check.ts';

export function contentChecks(root: string): AstroIntegration {
  let outDir: string | undefined;
  let done = false;
  const removePartial = () => {
    if (!done && outDir && existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
  };
  return {
    name: 'digest:content-checks',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build' && command !== 'dev') return;
        const errors = checkContent(root);
        if (errors.length) throw new Error(`Content errors (${errors.length}):\n  ${errors.join('\n  ')}\n`);
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        // 'exit' runs however the build ends; only a build that reached astro:build:done keeps its output.
        process.once('exit', removePartial);
      },
      'astro:build:done': () => {
        done = true;
      },
    },
  };
}
