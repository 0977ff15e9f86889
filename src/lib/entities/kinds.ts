/**
 * The entity kinds, in one place: each kind's collection and URL segment (the key), its names in words, the
 * frontmatter field that references it, its value in the search page's "Kind of page" filter and its schema.org
 * type. Adding a kind is a change here (and its schema in schemas.ts); everything else reads this. Pure data,
 * so the browser's search script can import it too.
 */
export const KINDS = {
  regions: { singular: 'region', plural: 'Regions', field: 'region', searchType: 'Region', schemaType: 'Place' },
  countries: { singular: 'country', plural: 'Countries', field: 'country', searchType: 'Country', schemaType: 'Country' },
  places: { singular: 'place', plural: 'Places and territories', field: 'place', searchType: 'Place', schemaType: 'Place' },
  organisations: { singular: 'organisation', plural: 'Organisations', field: 'organisation', searchType: 'Organisation', schemaType: 'Organization' },
  treaties: { singular: 'treaty', plural: 'Treaties and documents', field: 'treaty', searchType: 'Treaty', schemaType: 'CreativeWork' },
  people: { singular: 'person', plural: 'People', field: 'person', searchType: 'Person', schemaType: 'Person' },
} as const;

export type EntityKind = keyof typeof KINDS;

/** The kinds in the order pages and indexes list them. */
export const ENTITY_KINDS = Object.keys(KINDS) as EntityKind[];

/** A kind's names in words, for messages, titles and labels. */
export const KIND_LABEL: Record<EntityKind, { singular: string; plural: string }> = KINDS;

/**
 * Every field of a record that references an entity, by the record it stands in (an entity kind, a section, a
 * section's dated event), in the order pages list them: the field's path and the kind it points to. A path
 * `members.country` is the `country` of each item of `members`. The one reference walker (refs.ts) reads this, so
 * adding a reference field is a change here and in its schema.
 */
export const REFERENCE_FIELDS = {
  regions: [],
  countries: [['region', 'regions']],
  places: [['countries', 'countries']],
  organisations: [
    ['parent', 'organisations'],
    ['members.country', 'countries'],
  ],
  treaties: [
    ['parties', 'countries'],
    ['organisations', 'organisations'],
    ['signatories.country', 'countries'],
  ],
  people: [['country', 'countries']],
  sections: [
    ['region', 'regions'],
    ['country', 'countries'],
    ['organisation', 'organisations'],
    ['treaty', 'treaties'],
  ],
  events: [
    ['country', 'countries'],
    ['organisation', 'organisations'],
    ['treaty', 'treaties'],
    ['place', 'places'],
  ],
} as const satisfies Record<EntityKind | 'sections' | 'events', readonly (readonly [string, EntityKind])[]>;

/** The records that reference entities: every entity kind, a section, a section's event. */
export type Referrer = keyof typeof REFERENCE_FIELDS;
