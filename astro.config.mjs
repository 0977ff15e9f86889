// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import remarkGfm from 'remark-gfm';
import { autolinkOptions } from './src/markdown/autolink.ts';
import { loadNamed } from './src/lib/entities/names.ts';
import { buildMatcher } from './src/lib/entities/mentions.ts';
import { contentRoot } from './src/lib/paths.ts';
import { contentChecks } from './src/integrations/content-checks.ts';
import { securityHeaders } from './src/integrations/headers.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { loadRedirects, redirectsIntegration } from './src/integrations/redirects.ts';
import { rehypeExplicitHeadingIds } from './src/markdown/rehype-explicit-heading-ids.ts';
import { rehypeMentionLinks } from './src/markdown/rehype-mention-links.ts';
import { rehypeParagraphNumbers } from './src/markdown/rehype-paragraph-numbers.ts';
import { rehypeSearchParagraphs } from './src/markdown/rehype-search-paragraphs.ts';
import { remarkSectionHeading } from './src/markdown/remark-section-heading.ts';
import { remarkTextOnly } from './src/markdown/remark-text-only.ts';

// The one place the public address is set; canonical URLs, citations and the sitemap derive from it.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

// The mention matcher is built once per build, on first use, from the entity records.
let matcher;
let named;
const getNamed = () => (named ??= loadNamed(contentRoot()));
const getMatcher = () => (matcher ??= buildMatcher(getNamed()));

// Published URLs are kept forever: a retired path gets an entry in content/redirects.yaml (old → new).
const redirects = loadRedirects(`${contentRoot()}/redirects.yaml`);

export default defineConfig({
  site,
  // Fixture builds in tests keep their content cache apart from the real site's.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // Astro 7's compression drops the space between a line of text and an inline element on the next line.
  compressHTML: false,
  // The site's CSP allows no inline scripts or styles: every bundled script and stylesheet is a file.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
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
  // A meta-refresh page at each old path (any static host); the integration also writes dist/_redirects.
  redirects,
  // contentChecks last: it checks content before Astro reads it, and keeps a build's output only once every
  // other integration has finished with it.
  integrations: [mdx(), sitemap(), redirectsIntegration(redirects), securityHeaders(), pagefindIndex(), contentChecks(contentRoot())],
  markdown: {
    // Astro 7's default Rust processor runs no remark/rehype plugins; unified() does.
    processor: unified({
      // Built-in GFM is the same remark-gfm; it is switched off so the design card's remark-gfm runs once, here.
      gfm: false,
      // SmartyPants would rewrite quotes and dashes: the text is reproduced verbatim.
      smartypants: false,
      // remarkTextOnly first: a section that holds code or unsafe markup stops the build before anything runs it.
      remarkPlugins: [remarkTextOnly, remarkGfm, remarkSectionHeading],
      // Astro's own rehypeHeadingIds runs after these; it keeps ids that are already set, and
      // rehypeExplicitHeadingIds makes sure every heading has one, so no id is derived from text.
      rehypePlugins: [
        rehypeExplicitHeadingIds,
        rehypeParagraphNumbers,
        [rehypeMentionLinks, { matcher: getMatcher }],
        [rehypeSearchParagraphs, { matcher: getMatcher, named: getNamed }],
        [rehypeAutolinkHeadings, autolinkOptions],
      ],
    }),
  },
});
