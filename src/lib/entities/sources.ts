/**
 * The sources of the facts this edition adds (entity descriptions, roles, dates, memberships). A ¶ cited as a
 * source must name every entity the record links — the organisation and the country of a membership, the entity
 * itself for its own record — or the citation points readers at a paragraph that does not say what the record
 * claims (a membership citing ¶ 2 for a sentence in ¶ 4). The mention matcher that links the text decides what a
 * paragraph names, so the check and the pages agree.
 */
import type { EntityKind } from './kinds.ts';
import { referencesOf } from './refs.ts';
import type { MembershipRecord, Source } from '../types.ts';
import type { MentionIndex } from './mention-index.ts';

export type { Source };

/** One ¶ cited by a record, with the entities the record links. */
export interface CitedParagraph {
  file: string;
  field: string;
  /** The citation as written, `<article-id>#p<N>`. */
  value: string;
  article: string;
  paragraph: number;
  /** The entities the record is about; the ¶ must name each of them. */
  links: { kind: EntityKind; id: string }[];
  /**
   * For a record whose entity the text never names (a document the article describes without a title): the ¶ must
   * name one of these instead — the states party to it, the bodies that made it.
   */
  or?: { kind: EntityKind; id: string }[];
}

/** `smith-jones-2021#p34` → its article and ¶ number. */
export function parseParagraphRef(ref: string): { article: string; paragraph: number } {
  const at = ref.lastIndexOf('#p');
  return { article: ref.slice(0, at), paragraph: Number(ref.slice(at + 2)) };
}

/** The records' fields this module reads (plain data, as the collections or a test give them); the rest is walked. */
export interface SourcedRecord {
  id: string;
  filePath?: string;
  data: { sources?: Source[]; members?: (Pick<MembershipRecord, 'country'> & Partial<Pick<MembershipRecord, 'sources'>>)[] };
}

/** Every ¶ any entity record cites, with the entities it must name. */
export function citedParagraphs(records: Partial<Record<EntityKind, SourcedRecord[]>>): CitedParagraph[] {
  const cites: CitedParagraph[] = [];
  const add = (file: string, field: string, sources: Source[] | undefined, links: CitedParagraph['links'], or?: CitedParagraph['or']) => {
    for (const s of sources ?? []) {
      if (s.paragraph) cites.push({ file, field, value: s.paragraph, ...parseParagraphRef(s.paragraph), links, ...(or?.length ? { or } : {}) });
    }
  };
  for (const [kind, list] of Object.entries(records) as [EntityKind, SourcedRecord[]][]) {
    for (const e of list) {
      const file = `${e.filePath ?? kind} (${e.id})`;
      // What a document was made by or for: the states party to it and the bodies it was made under.
      const related = referencesOf(kind, e.data)
        .filter((r) => r.field === 'parties' || r.field === 'organisations')
        .map(({ kind, id }) => ({ kind, id }));
      add(file, 'sources', e.data.sources, [{ kind, id: e.id }], related);
      for (const m of e.data.members ?? []) {
        add(file, `members.${m.country.id}.sources`, m.sources, [
          { kind, id: e.id },
          { kind: 'countries', id: m.country.id },
        ]);
      }
    }
  }
  return cites;
}

/**
 * Errors for cited ¶s that do not name the entities their record links. `label` turns an entity into words for
 * the message (its display name), so an editor sees what the ¶ was expected to say.
 */
export function checkCitedParagraphs(
  cites: CitedParagraph[],
  mentions: Pick<MentionIndex, 'inParagraph'>,
  label: (kind: EntityKind, id: string) => string = (kind, id) => `${kind}/${id}`,
  /** `kind/id` of entities the text never names: their own ¶ sources are checked through their `or` entities. */
  unnamed: Set<string> = new Set(),
): string[] {
  return cites.flatMap((c) => {
    const named = new Set(mentions.inParagraph(c.article, c.paragraph).map((m) => `${m.kind}/${m.id}`));
    if (c.or && c.links.length === 1 && unnamed.has(`${c.links[0]!.kind}/${c.links[0]!.id}`)) {
      if (c.or.some((l) => named.has(`${l.kind}/${l.id}`))) return [];
      const list = c.or.map((l) => label(l.kind, l.id)).join(', ');
      return [`${c.file}: field "${c.field}": "${c.value}": ¶ ${c.paragraph} names none of ${list}, which the record links; cite a ¶ that does, or a public source { name, url }`];
    }
    const missing = c.links.filter((l) => !named.has(`${l.kind}/${l.id}`));
    if (missing.length === 0) return [];
    const what = missing.length === c.links.length && c.links.length > 1 ? 'names neither' : 'does not name';
    const list = missing.map((l) => label(l.kind, l.id)).join(missing.length === c.links.length && c.links.length > 1 ? ' nor ' : ', ');
    return [`${c.file}: field "${c.field}": "${c.value}": ¶ ${c.paragraph} ${what} ${list}; cite a ¶ that does, or a public source { name, url }`];
  });
}

/**
 * Entity records that name no source for their description: the build warns with their count (an error would stop
 * every new article until each record is sourced; the page says plainly that no source is recorded).
 */
export function unsourcedRecords(records: Partial<Record<EntityKind, SourcedRecord[]>>): string[] {
  return (Object.entries(records) as [EntityKind, SourcedRecord[]][]).flatMap(([kind, list]) =>
    list.filter((e) => !e.data.sources?.length).map((e) => `${kind}/${e.id}`),
  );
}
