/**
 * The article's reading copy, computed once: its machine-readable description, search tags and its sections by region;
 * and the page of its front matter in Russian.
 */
import { hasRestorationNotes, notesUrl } from '../about.ts';
import { authorLine } from '../citation/bibliography.ts';
import type { Digest } from '../digest/types.ts';
import { idsOf, referencesOf } from '../entities/refs.ts';
import type { SearchTags } from '../search/tags.ts';
import type { ArticleView } from '../types.ts';
import { notesAnchor, sectionAnchor } from '../anchors.ts';
import { fragment, frontMatterRuUrl } from '../urls.ts';
import { articleBreadcrumbs, articleMeta, entityLink, searchTagsOf, type Crumb, type ArticleMetaView, type EntityLink } from './shared.ts';

export interface ArticlePageView {
  title: string;
  description: string;
  meta: ArticleMetaView;
  tags: SearchTags;
  /**
   * The regions (in the site's order) whose sections' frontmatter names them, each with those sections as links to
   * their place in this page's text, as the contents link (whether a heading is editorial, the contents say).
   */
  byRegion: { region: EntityLink; sections: { href: string; title: string }[] }[];
  /** Parts of the article's edition notes the front matter links to: on /about/, or /about/<article>/ (lib/about.ts). */
  notes: { references: string; corrections: string };
  /** The front matter in Russian, on its own page. */
  frontMatterRu: string;
}

export function articlePage(d: Digest, article: ArticleView, site: URL | undefined): ArticlePageView {
  const r = article.record;
  return {
    title: r.title.en,
    description: `${r.title.en}, by ${authorLine(r)}: the full text with numbered paragraphs.`,
    meta: articleMeta(d, article, site),
    tags: searchTagsOf(d, { article }),
    byRegion: d.entities.regions
      .map((r) => ({
        region: entityLink(d, 'regions', r.id),
        sections: article.sections
          .filter((s) => idsOf(referencesOf('sections', s.data), 'regions').includes(r.id))
          .map((s) => ({ href: fragment(sectionAnchor(s.data.id)), title: s.data.title })),
      }))
      .filter((g) => g.sections.length > 0),
    notes: {
      references: notesUrl(d, article.id, notesAnchor(article.id, 'references')),
      corrections: notesUrl(d, article.id, notesAnchor(article.id, 'corrections')),
    },
    frontMatterRu: frontMatterRuUrl(article.id),
  };
}

/**
 * The title, byline, affiliation and abstract in Russian, as the journal printed them beside the English ones. They
 * have a page of their own, in reach of the reading copy's front matter rather than on it: on that page they were a
 * sixth of its weight for the readers who read the English text, and here they sit with what the edition says of
 * how they were restored. The page is indexed, so a query in Russian finds them.
 */
export interface FrontMatterRuView {
  title: string;
  description: string;
  breadcrumbs: Crumb[];
  tags: SearchTags;
  /** Where the edition's notes say how the text was restored, if they do. */
  notes?: string;
}

export function frontMatterRuPage(d: Digest, article: ArticleView): FrontMatterRuView {
  const r = article.record;
  const title = 'Front matter in Russian';
  return {
    title: `${title} — ${r.title.en}`,
    description: `The title, authors, affiliation and abstract of ${r.title.en} (${authorLine(r)}) in Russian, as the journal printed them.`,
    breadcrumbs: articleBreadcrumbs(article, { href: frontMatterRuUrl(article.id), text: title }),
    tags: searchTagsOf(d, { frontMatterOf: article }),
    notes: hasRestorationNotes(r) ? notesUrl(d, article.id, notesAnchor(article.id, 'russian-front-matter')) : undefined,
  };
}
