/** The index page of one kind of entity, computed once: every record with its line and how often the text names it. */
import type { Digest } from '../digest/types.ts';
import { KIND_LABEL, type EntityKind } from '../entities/kinds.ts';
import { plural } from '../text.ts';
import { entityUrl } from '../urls.ts';

export interface EntityIndexView {
  kind: EntityKind;
  title: string;
  description: string;
  /** By name, in English collation. */
  items: { href: string; name: string; description: string; mentions: string }[];
}

export function entityIndexPage(d: Digest, kind: EntityKind): EntityIndexView {
  const count = (id: string) => d.mentions.of(kind, id).length;
  return {
    kind,
    title: KIND_LABEL[kind].plural,
    description: `${KIND_LABEL[kind].plural} discussed in the digest, with links to every paragraph that names them.`,
    items: [...d.entities[kind]]
      .sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'))
      .map((e) => ({ href: entityUrl(kind, e.id), name: e.data.name, description: e.data.description, mentions: plural(count(e.id), 'paragraph') })),
  };
}
