// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { loadNamed } from './src/lib/entities/names.ts';
import { buildMatcher } from './src/lib/entities/mentions.ts';
import { contentRoot } from './src/lib/paths.ts';
import { requireAddress } from './src/integrations/address.ts';
import { contentChecks } from './src/integrations/content-checks.ts';
import { securityHeaders } from './src/integrations/headers.ts';
import { htmlIndentation } from './src/integrations/html-indent.ts';
import { onDemandScripts } from './src/integrations/on-demand.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { loadRedirects, redirectsIntegration } from './src/integrations/redirects.ts';
import { markdownPipeline } from './src/markdown/pipeline.ts';
import { publicAddress } from './src/lib/urls.ts';

// The one place the public address is set (SITE_URL, and BASE_PATH for a site in a folder of its host);
// canonical URLs, citations, links and the sitemap derive from it. `astro build` without SITE_URL stops with
// a message saying how to set it (requireAddress; npm start and the tests build with `npm run build:local`);
// `astro dev` and `astro check` use the local address.
const { site, base } = publicAddress(process.env, 'dev');

// The mention matcher is built once per build, on first use, from the entity records.
let matcher;
let named;
const getNamed = () => (named ??= loadNamed(contentRoot()));
const getMatcher = () => (matcher ??= buildMatcher(getNamed()));

// Published URLs are kept forever: a retired path gets an entry in content/redirects.yaml (old → new).
const redirects = loadRedirects(`${contentRoot()}/redirects.yaml`);

export default defineConfig({
  site,
  base,
  // Fixture builds in tests keep their content cache apart from the real site's.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // Astro 7's compression drops the space between a line of text and an inline element on the next line.
  compressHTML: false,
  // The site's CSP allows no inline scripts or styles: every bundled script and stylesheet is a file.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    // Scripts a page loads only when a reader needs them (src/integrations/on-demand.ts).
    plugins: [onDemandScripts()],
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro's MDX output starts with the directive "use astro:head-inject", which Astro itself reads;
        // the bundler warns, once per section, that it may not keep it. Harmless and ~160 lines a build: only
        // that warning is dropped, so a real problem is what an editor sees.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // A duplicate id in a collection stops the build (Astro only warns by default).
  prerenderConflictBehavior: 'error',
  // contentChecks last: it checks content before Astro reads it, and keeps a build's output only once every
  // other integration has finished with it.
  integrations: [requireAddress(), mdx(), sitemap(), redirectsIntegration(redirects), securityHeaders(), htmlIndentation(), pagefindIndex(), contentChecks(contentRoot())],
  markdown: {
    // Astro 7's default Rust processor runs no remark/rehype plugins; unified() does. The plugins and
    // their order are in src/markdown/pipeline.ts, shared with the unit tests.
    processor: unified(markdownPipeline({ matcher: getMatcher, named: getNamed })),
  },
});
