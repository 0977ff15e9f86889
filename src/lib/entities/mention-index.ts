/**
 * Every mention of every entity, by paragraph: built once per build from the sections' rendered text
 * (the words the pages show, not the Markdown behind them), so entity pages can link back to each
 * paragraph that names them and quote it as readers see it.
 */
import { sectionParagraphs } from '../../markdown/section-paragraphs.ts';
import type { EntityKind } from './integrity.ts';
import { buildMatcher, contextAround, findMentions, type Named } from './mentions.ts';

export interface MentionRecord {
  article: string;
  section: string;
  paragraph: number;
  /** The sentence around the first mention in that paragraph. */
  context: { before: string; match: string; after: string };
}

export interface MentionIndex {
  /** Paragraphs mentioning the entity, in reading order, one record per paragraph. */
  of(kind: EntityKind, id: string): MentionRecord[];
  /** Entities mentioned in a paragraph. */
  inParagraph(article: string, paragraph: number): { kind: EntityKind; id: string }[];
}

export interface SectionText {
  article: string;
  section: string;
  /** ¶ number of the section's first paragraph. */
  first: number;
  /** The section's MDX body, as written. */
  body: string;
}

export function buildMentionIndex(entities: Named[], sections: SectionText[]): MentionIndex {
  const matcher = buildMatcher(entities);
  const byEntity = new Map<string, MentionRecord[]>();
  const byParagraph = new Map<string, { kind: EntityKind; id: string }[]>();
  for (const s of sections) {
    sectionParagraphs(s.body).forEach((text, i) => {
      const paragraph = s.first + i;
      const seen = new Set<string>();
      for (const m of findMentions(text, matcher, { nested: true })) {
        const key = `${m.kind}/${m.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const list = byEntity.get(key) ?? [];
        list.push({ article: s.article, section: s.section, paragraph, context: contextAround(text, m) });
        byEntity.set(key, list);
        const here = byParagraph.get(`${s.article} ${paragraph}`) ?? [];
        here.push({ kind: m.kind, id: m.id });
        byParagraph.set(`${s.article} ${paragraph}`, here);
      }
    });
  }
  return {
    of: (kind, id) => byEntity.get(`${kind}/${id}`) ?? [],
    inParagraph: (article, paragraph) => byParagraph.get(`${article} ${paragraph}`) ?? [],
  };
}
