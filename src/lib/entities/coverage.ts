/**
 * Build-time checks that the entity records and the text agree.
 * - Every entity must be mentioned in the text or referenced by another record; a record nothing
 *   points to is a typo or dead weight, and the build stops.
 * - A section's `country`/`organisation` frontmatter should match what its text names. Frontmatter
 *   says what a section is *about*, which can rightly differ from what it merely names, so a
 *   mismatch is a warning, printed once per build, not an error.
 */
import type { EntityKind } from './integrity.ts';

export interface CoverageInput {
  /** Every entity, with the file that holds its record. */
  entities: { kind: EntityKind; id: string; file: string }[];
  /** `kind/id` of every entity some record refers to. */
  referenced: Set<string>;
  /** `kind/id` of every entity the text mentions. */
  mentioned: Set<string>;
}

export function unreferencedEntities(input: CoverageInput): string[] {
  return input.entities
    .filter((e) => !input.referenced.has(`${e.kind}/${e.id}`) && !input.mentioned.has(`${e.kind}/${e.id}`))
    .map((e) => `${e.file}: entity "${e.id}" is neither mentioned in the text nor referenced by any record`);
}

export interface SectionTopics {
  file: string;
  field: 'country' | 'organisation';
  /** Ids in the frontmatter field. */
  declared: string[];
  /** Ids of that kind the section's text mentions. */
  mentioned: string[];
}

export function topicWarnings(sections: SectionTopics[]): string[] {
  return sections.flatMap((s) => {
    const notInText = s.declared.filter((id) => !s.mentioned.includes(id));
    const notDeclared = s.mentioned.filter((id) => !s.declared.includes(id));
    return [
      ...(notInText.length ? [`${s.file}: field "${s.field}" lists ${notInText.join(', ')}, which the text does not name`] : []),
      ...(notDeclared.length ? [`${s.file}: field "${s.field}" omits ${notDeclared.join(', ')}, which the text names`] : []),
    ];
  });
}
