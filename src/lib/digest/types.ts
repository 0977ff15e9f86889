/** What `getDigest()` gives every page: the articles assembled, the entity records, and what is derived from them once per build. */
import type { AsOf } from '../entities/as-of.ts';
import type { EntityKind } from '../entities/kinds.ts';
import type { MentionIndex } from '../entities/mention-index.ts';
import type { SiteRecord } from '../site.ts';
import type { TimelineEvent } from '../timeline/timeline.ts';
import type { ArticleView, Entities } from '../types.ts';

export interface Digest {
  articles: ArticleView[];
  entities: Entities;
  /** The date the edition's own records hold as of, and the rule in words. */
  asOf: AsOf;
  /** The site's own record: its name and the choices its pages make (content/site.yaml). */
  site: SiteRecord;
  /** Where each entity is mentioned in the text, built once per build. */
  mentions: MentionIndex;
  /** Every dated event of every article, in timeline order, collected once per build. */
  events: TimelineEvent[];
  /** Looks an entity up by kind and id; ids were checked, so a miss is a programming error. */
  entity<K extends EntityKind>(kind: K, id: string): Entities[K][number];
}
