/** Names of the entity kinds, for messages and page titles. */
import type { EntityKind } from './integrity.ts';

export const KIND_LABEL: Record<EntityKind, { singular: string; plural: string }> = {
  regions: { singular: 'region', plural: 'Regions' },
  countries: { singular: 'country', plural: 'Countries' },
  places: { singular: 'place', plural: 'Places and territories' },
  organisations: { singular: 'organisation', plural: 'Organisations' },
  treaties: { singular: 'treaty', plural: 'Treaties and documents' },
  people: { singular: 'person', plural: 'People' },
};
