import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { membershipCell, membershipsOf, relatedTo, type RelationData } from '../../src/lib/entities/relations.ts';

const data: RelationData = {
  countries: [{ id: 'kazakhstan', data: { region: { id: 'central-asia' } } }, { id: 'russia', data: {} }],
  places: [{ id: 'aktau', data: { countries: [{ id: 'kazakhstan' }] } }],
  organisations: [
    { id: 'eaeu', data: { members: [{ country: { id: 'kazakhstan' }, status: 'member', since: '2015', sources: [] }, { country: { id: 'russia' }, status: 'member', sources: [] }] } },
    { id: 'eec', data: { parent: { id: 'eaeu' }, members: [] } },
  ],
  treaties: [{ id: 'caspian', data: { parties: [{ id: 'kazakhstan' }, { id: 'russia' }], organisations: [], signatories: [] } }],
  people: [],
};

describe('relations between entities', () => {
  test('a country’s memberships come from the organisations’ member lists', () => {
    assert.deepEqual(membershipsOf('kazakhstan', data), [{ organisation: 'eaeu', status: 'member', since: '2015', sources: [] }]);
  });

  test('a country relates to its region, places, organisations and treaties, kinds in the registry’s order', () => {
    assert.deepEqual(relatedTo('countries', 'kazakhstan', data).map((l) => `${l.kind}/${l.id}`), ['regions/central-asia', 'places/aktau', 'organisations/eaeu', 'treaties/caspian']);
  });

  test('an organisation relates to its bodies and members, a region to its countries', () => {
    assert.deepEqual(relatedTo('organisations', 'eaeu', data).map((l) => `${l.kind}/${l.id}`), ['countries/kazakhstan', 'countries/russia', 'organisations/eec']);
    assert.deepEqual(relatedTo('organisations', 'eec', data).map((l) => `${l.kind}/${l.id}`), ['organisations/eaeu']);
    assert.deepEqual(relatedTo('regions', 'central-asia', data).map((l) => `${l.kind}/${l.id}`), ['countries/kazakhstan']);
  });
});

test('a matrix cell is the membership record, or nothing for a non-member', () => {
  assert.deepEqual(membershipCell('kazakhstan', 'eaeu', data), { organisation: 'eaeu', status: 'member', since: '2015', sources: [] });
  assert.equal(membershipCell('kazakhstan', 'eec', data), undefined);
});
