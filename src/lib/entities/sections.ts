/** The sections whose frontmatter names an entity (region, country, organisation or treaty). */
import type { ArticleView, SectionView } from '../types.ts';
import type { EntityKind } from './integrity.ts';

const FIELD: Partial<Record<EntityKind, 'region' | 'country' | 'organisation' | 'treaty'>> = {
  regions: 'region',
  countries: 'country',
  organisations: 'organisation',
  treaties: 'treaty',
};

export function sectionsAbout(kind: EntityKind, id: string, articles: ArticleView[]): SectionView[] {
  const field = FIELD[kind];
  if (!field) return [];
  return articles.flatMap((a) => a.sections.filter((s) => s.data[field].some((r) => r.id === id)));
}
