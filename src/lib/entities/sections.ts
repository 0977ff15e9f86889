/** The sections whose frontmatter names an entity (a region, country, organisation or treaty). */
import type { ArticleView, SectionView } from '../types.ts';
import type { EntityKind } from './kinds.ts';
import { referencesOf, refersTo } from './refs.ts';

export function sectionsAbout(kind: EntityKind, id: string, articles: readonly ArticleView[]): SectionView[] {
  return articles.flatMap((a) => a.sections.filter((s) => refersTo(referencesOf('sections', s.data), kind, id)));
}
