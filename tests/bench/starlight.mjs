// The same text as a Starlight site, for a side-by-side: a throwaway Astro + Starlight project in a
// temp folder, never a dependency of ours. It uses the Astro version this project has installed
// (so the comparison is between sites, not Astro releases) and the Starlight release built for that
// Astro major (--starlight-version). Its node_modules are kept in os.tmpdir(), keyed by both
// versions, so later runs skip the install; the pages are written afresh on every run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import yaml from 'js-yaml';
import { timedBuild } from './build.mjs';
import { distStats, pagefindStats } from './dist.mjs';
import { QUERIES, measureSearch } from './search.mjs';
import { PORTS, serve } from './serve.mjs';
import { log, projectRoot } from './util.mjs';
import { measurePage } from './weights.mjs';

export const DEFAULT_STARLIGHT = '0.42.4'; // peer astro ^7.2.10
const ARTICLE = 'karpovich-davydova-2021';

export function astroVersion() {
  return JSON.parse(readFileSync(join(projectRoot, 'node_modules/astro/package.json'), 'utf8')).version;
}

/** Installs astro + @astrojs/starlight once per version pair; returns the project folder. */
export function ensureStarlight(starlightVersion = DEFAULT_STARLIGHT) {
  const astro = astroVersion();
  const dir = join(tmpdir(), `vectors-bench-starlight-astro${astro}-starlight${starlightVersion}`);
  const marker = join(dir, '.bench-installed');
  if (existsSync(marker)) return { dir, astro, starlight: starlightVersion, cached: true };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // What `npm init -y` writes, plus ESM and the install scripts this project also allows.
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'starlight-bench', private: true, type: 'module', allowScripts: { esbuild: true } }, null, 2));
  log(`installing astro@${astro} @astrojs/starlight@${starlightVersion} in ${dir} …`);
  // npm runs under this project's Node 24 (Astro 7 needs ≥ 22.12): its folder goes first on PATH,
  // so the `node` that npm's launcher and the install scripts find is process.execPath.
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', `astro@${astro}`, `@astrojs/starlight@${starlightVersion}`], {
    cwd: dir,
    env: { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH}` },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`npm install for Starlight failed:\n${r.stdout}\n${r.stderr}`);
  writeFileSync(marker, new Date().toISOString());
  return { dir, astro, starlight: starlightVersion, cached: false };
}

/** Writes the Starlight site: one doc per section (title + the same MDX body), and a home page. */
export function writeStarlightSite(dir, port) {
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  site: 'http://localhost:${port}',
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  integrations: [starlight({ title: 'Vectors (Starlight)' })],
});
`,
  );
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  const docs = join(dir, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  const src = join(projectRoot, 'content/articles', ARTICLE);
  const record = yaml.load(readFileSync(join(src, 'article.yaml'), 'utf8'));
  const ids = [];
  for (const f of readdirSync(join(src, 'sections')).sort()) {
    const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(join(src, 'sections', f), 'utf8'));
    const { id, title } = yaml.load(front);
    ids.push(id);
    // Our frontmatter (entities, events, ¶ ranges) means nothing to Starlight: only the title stays.
    writeFileSync(join(docs, `${id}.mdx`), `---\ntitle: ${JSON.stringify(title)}\n---\n${body}`);
  }
  writeFileSync(join(docs, 'index.mdx'), `---\ntitle: ${JSON.stringify(record.title.en)}\n---\n\n${record.abstract.en}\n`);
  return ids;
}

/**
 * Installs (or reuses), writes, builds and measures the Starlight site: build time and memory, the
 * weight of its home and of the doc page holding the same section as ours, and its search's
 * first-query bytes (Starlight ships Pagefind too).
 */
export async function runStarlight(browser, { version = DEFAULT_STARLIGHT, section = 'turkmenistan', queries = QUERIES.slice(0, 5) } = {}) {
  const install = ensureStarlight(version);
  writeStarlightSite(install.dir, PORTS.starlight);
  const build = await timedBuild({ root: install.dir, label: `starlight@${install.starlight}` });
  if (!build.ok) return { ...install, build: { ok: false, exitCode: build.exitCode, log: build.output.slice(-4000) } };
  const server = await serve(build.outDir, PORTS.starlight);
  try {
    const home = await measurePage(browser, server.base, '/');
    const doc = await measurePage(browser, server.base, `/${section}/`);
    const search = await measureSearch(browser, server.base, build.outDir, queries);
    return {
      ...install,
      build: { ok: true, wallMs: build.wallMs, cpuMs: build.cpuMs, load: build.load, maxRssKb: build.maxRssKb, treePeakRssKb: build.treePeakRssKb, dist: distStats(build.outDir), pagefind: pagefindStats(build.outDir) },
      home,
      doc,
      search: search && { cold: search.cold, warm: search.warm },
    };
  } finally {
    await server.stop();
  }
}
