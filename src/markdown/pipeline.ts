/**
 * The Markdown pipeline, in one place: astro.config.mjs hands it to `unified()`, and the unit tests
 * hand the same options to `createMarkdownProcessor`, so what the tests render on strings is what the
 * build renders from content/.
 */
import type { AstroMarkdownOptions } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import remarkGfm from 'remark-gfm';
import type { Matcher } from '../lib/entities/mentions.ts';
import type { SearchNamed } from '../lib/entities/names.ts';
import { autolinkOptions } from './autolink.ts';
import { rehypeExplicitHeadingIds } from './rehype-explicit-heading-ids.ts';
import { rehypeMentionLinks } from './rehype-mention-links.ts';
import { rehypeParagraphNumbers } from './rehype-paragraph-numbers.ts';
import { rehypeSearchParagraphs } from './rehype-search-paragraphs.ts';
import { remarkSectionHeading } from './remark-section-heading.ts';
import { remarkTextOnly } from './remark-text-only.ts';

/** The entity names the plugins look for; called on first use, so the records are read once per build. */
export interface PipelineSources {
  matcher: () => Matcher;
  named: () => SearchNamed[];
}

export function markdownPipeline(sources: PipelineSources) {
  return {
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
      [rehypeMentionLinks, { matcher: sources.matcher }],
      [rehypeSearchParagraphs, sources],
      [rehypeAutolinkHeadings, autolinkOptions],
    ],
  } satisfies Partial<AstroMarkdownOptions>;
}
