// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import remarkGfm from 'remark-gfm';
import { autolinkOptions } from './src/markdown/autolink.ts';
import { rehypeExplicitHeadingIds } from './src/markdown/rehype-explicit-heading-ids.ts';
import { rehypeParagraphNumbers } from './src/markdown/rehype-paragraph-numbers.ts';
import { remarkSectionHeading } from './src/markdown/remark-section-heading.ts';

// The one place the public address is set; canonical URLs, citations and the sitemap derive from it.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  // Fixture builds in tests keep their content cache apart from the real site's.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // A duplicate id in a collection stops the build (Astro only warns by default).
  prerenderConflictBehavior: 'error',
  integrations: [mdx(), sitemap()],
  markdown: {
    // Astro 7's default Rust processor runs no remark/rehype plugins; unified() does.
    processor: unified({
      // Built-in GFM is the same remark-gfm; it is switched off so the design card's remark-gfm runs once, here.
      gfm: false,
      // SmartyPants would rewrite quotes and dashes: the text is reproduced verbatim.
      smartypants: false,
      remarkPlugins: [remarkGfm, remarkSectionHeading],
      // Astro's own rehypeHeadingIds runs after these; it keeps ids that are already set, and
      // rehypeExplicitHeadingIds makes sure every heading has one, so no id is derived from text.
      rehypePlugins: [rehypeExplicitHeadingIds, rehypeParagraphNumbers, [rehypeAutolinkHeadings, autolinkOptions]],
    }),
  },
});
