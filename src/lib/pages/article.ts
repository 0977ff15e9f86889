/** The article's reading copy, computed once: its machine-readable description, search tags and its sections by region. */
import { notesUrl } from '../about.ts';
import { authorLine } from '../citation/bibliography.ts';
import type { Digest } from '../digest/types.ts';
import { idsOf, referencesOf } from '../entities/refs.ts';
import type { SearchTags } from '../search/tags.ts';
import type { ArticleView, SectionView } from '../types.ts';
import { articleMeta, entityLink, searchTagsOf, type ArticleMetaView, type EntityLink } from './shared.ts';

export interface ArticlePageView {
  title: string;
  description: string;
  meta: ArticleMetaView;
  tags: SearchTags;
  /** The regions (in the site's order) whose sections' frontmatter names them, each with those sections. */
  byRegion: { region: EntityLink; sections: SectionView[] }[];
  /** Parts of the article's edition notes the front matter links to: on /about/, or /about/<article>/ (lib/about.ts). */
  notes: { frontMatter: string; references: string; corrections: string };
}

export function articlePage(d: Digest, article: ArticleView, site: URL | undefined): ArticlePageView {
  const r = article.record;
  return {
    title: r.title.en,
    description: `${r.title.en}, by ${authorLine(r)}: the full text with numbered paragraphs.`,
    meta: articleMeta(d, article, site),
    tags: searchTagsOf(d, { article }),
    byRegion: d.entities.regions
      .map((r) => ({ region: entityLink(d, 'regions', r.id), sections: article.sections.filter((s) => idsOf(referencesOf('sections', s.data), 'regions').includes(r.id)) }))
      .filter((g) => g.sections.length > 0),
    notes: {
      frontMatter: notesUrl(d, article.id, `${article.id}-russian-front-matter`),
      references: notesUrl(d, article.id, `${article.id}-references`),
      corrections: notesUrl(d, article.id, `${article.id}-corrections`),
    },
  };
}
