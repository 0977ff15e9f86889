/**
 * The articles as the pages read them: each article's sections in reading order, linked to their neighbours and to
 * the article-level section they sit under, and the section that holds a given ¶.
 */
import { parseParagraphRef } from '../entities/sources.ts';
import type { ArticleView, Correction, Entry, Section, SectionView } from '../types.ts';
import { articleUrl, paragraphUrl, sectionUrl } from '../urls.ts';

/** The article a section belongs to: its entry id is `<article>/<file>`. */
export function articleOf(s: Pick<Section, 'id'>): string {
  return s.id.split('/')[0]!;
}

/** Every article with its sections and corrections, newest first. */
export function buildArticles(articles: Entry<'articles'>[], sections: Section[], corrections: Entry<'corrections'>[]): ArticleView[] {
  return articles
    .map((a) => buildArticle(a, sections.filter((s) => articleOf(s) === a.id), corrections.find((c) => c.id === a.id)?.data.corrections ?? []))
    .sort((a, b) => b.record.year - a.record.year || a.id.localeCompare(b.id));
}

function buildArticle(entry: Entry<'articles'>, sections: Section[], corrections: Correction[]): ArticleView {
  const ordered = [...sections].sort((a, b) => a.data.order - b.data.order);
  let part = '';
  const views: SectionView[] = ordered.map((s) => {
    if (s.data.heading === 'article') part = s.data.id;
    return { entry: s, article: entry.id, data: s.data, url: sectionUrl(entry.id, s.data.id), part: part || s.data.id };
  });
  views.forEach((v, i) => {
    v.prev = views[i - 1];
    v.next = views[i + 1];
  });
  return {
    id: entry.id,
    record: entry.data,
    url: articleUrl(entry.id),
    sections: views,
    corrections,
    paragraphCount: Math.max(0, ...views.map((v) => v.data.paragraphs.last)),
  };
}

/** `<article-id>#p<N>` → its article and ¶ number. */
export const parseSource = parseParagraphRef;

/** The section of an article that holds ¶ `n`, if any. */
export function sectionOfParagraph(article: ArticleView, n: number): SectionView | undefined {
  return article.sections.find((s) => n >= s.data.paragraphs.first && n <= s.data.paragraphs.last);
}

/** The URL of a `<article-id>#p<N>` source: the paragraph on its section page. */
export function sourceUrl(source: string, articles: readonly ArticleView[]): string {
  const { article, paragraph } = parseSource(source);
  const a = articles.find((x) => x.id === article);
  const section = a && sectionOfParagraph(a, paragraph);
  if (!section) throw new Error(`source "${source}" names no paragraph of this digest`);
  return paragraphUrl(article, section.data.id, paragraph);
}
