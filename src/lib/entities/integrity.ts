/**
 * Checks what Astro's schemas cannot: links between records. Astro resolves `reference()` lazily,
 * so an unknown id would otherwise surface as a broken page, or not at all. Every message names the
 * file, the field and the value, so an editor can go straight to the mistake.
 */
import { ENTITY_KINDS, KIND_LABEL, type EntityKind } from './kinds.ts';

export { ENTITY_KINDS, type EntityKind };

/** One reference from a record to an entity. */
export interface Ref {
  file: string;
  field: string;
  kind: EntityKind;
  id: string;
}

export interface SectionFacts {
  file: string;
  article: string;
  id: string;
  order: number;
  /** Ids the section had before a rename; they stay reserved. */
  formerIds?: string[];
  paragraphs: { first: number; last: number };
  events: { id: string; paragraph: number }[];
}

export interface IntegrityInput {
  sections: SectionFacts[];
  refs: Ref[];
  entityIds: Record<EntityKind, Set<string>>;
  /** Paragraph numbers named outside sections (corrections, memberships), with where they were named. */
  paragraphRefs: { file: string; field: string; article: string; paragraph: number }[];
}


export function checkIntegrity(input: IntegrityInput): string[] {
  const errors: string[] = [];
  for (const r of input.refs) {
    if (!input.entityIds[r.kind].has(r.id)) {
      errors.push(`${r.file}: field "${r.field}": unknown ${KIND_LABEL[r.kind].singular} id "${r.id}"`);
    }
  }
  const byArticle = Map.groupBy(input.sections, (s) => s.article);
  for (const p of input.paragraphRefs.filter((r) => !byArticle.has(r.article))) {
    errors.push(`${p.file}: field "${p.field}": unknown article "${p.article}"`);
  }
  for (const [article, sections] of byArticle) {
    errors.push(...checkArticleSections(sections));
    const last = Math.max(...sections.map((s) => s.paragraphs.last));
    for (const p of input.paragraphRefs.filter((r) => r.article === article)) {
      if (p.paragraph > last) errors.push(`${p.file}: field "${p.field}": ¶ ${p.paragraph} does not exist (the article has ${last})`);
    }
  }
  return errors;
}

function checkArticleSections(sections: SectionFacts[]): string[] {
  const errors: string[] = [];
  const firstSeen = new Map<string, string>();
  const once = (key: string, file: string, message: string) => {
    const other = firstSeen.get(key);
    if (other) errors.push(`${file}: ${message} (already used in ${other})`);
    else firstSeen.set(key, file);
  };
  for (const s of sections) {
    once(`id:${s.id}`, s.file, `field "id": duplicate section id "${s.id}"`);
    for (const f of s.formerIds ?? []) once(`id:${f}`, s.file, `field "formerIds": id "${f}" is taken`);
    once(`order:${s.order}`, s.file, `field "order": duplicate order ${s.order}`);
    if (s.paragraphs.first > s.paragraphs.last) {
      errors.push(`${s.file}: field "paragraphs": first ¶ ${s.paragraphs.first} is after last ¶ ${s.paragraphs.last}`);
    }
    for (const e of s.events) {
      once(`event:${e.id}`, s.file, `field "events": duplicate event id "${e.id}"`);
      if (e.paragraph < s.paragraphs.first || e.paragraph > s.paragraphs.last) {
        errors.push(`${s.file}: field "events": event "${e.id}" cites ¶ ${e.paragraph}, outside this section's ¶ ${s.paragraphs.first}–${s.paragraphs.last}`);
      }
    }
  }
  // ¶ numbers run through the article without gaps or overlaps, in reading order.
  const ordered = [...sections].sort((a, b) => a.order - b.order);
  let expected = 1;
  for (const s of ordered) {
    if (s.paragraphs.first !== expected) {
      errors.push(`${s.file}: field "paragraphs": starts at ¶ ${s.paragraphs.first}, but the previous section ends at ¶ ${expected - 1}`);
    }
    expected = s.paragraphs.last + 1;
  }
  return errors;
}
