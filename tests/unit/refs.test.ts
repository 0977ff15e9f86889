/** The one reference walker (src/lib/entities/refs.ts): every reference a record makes, read through the registry. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { REFERENCE_FIELDS, type Referrer } from '../../src/lib/entities/kinds.ts';
import { entityRefs, idsOf, referencesOf, refersTo, sectionRefs } from '../../src/lib/entities/refs.ts';
import { schemas } from '../../src/lib/schemas.ts';
import type { Section } from '../../src/lib/types.ts';

const ref = (id: string) => ({ id });

describe('referencesOf', () => {
  test('a single reference, a list, and a path into a list, in the registry’s order, with the list item', () => {
    const member = { country: ref('armenia'), status: 'member' };
    assert.deepEqual(referencesOf('organisations', { name: 'X', parent: ref('cis'), members: [member] }), [
      { field: 'parent', kind: 'organisations', id: 'cis' },
      { field: 'members.country', kind: 'countries', id: 'armenia', item: member },
    ]);
    assert.deepEqual(
      referencesOf('treaties', { parties: [ref('russia'), ref('belarus')], organisations: [ref('eaeu')] }).map((r) => `${r.field}:${r.kind}/${r.id}`),
      ['parties:countries/russia', 'parties:countries/belarus', 'organisations:organisations/eaeu'],
    );
  });

  test('missing optional fields, and list items without the reference, give nothing', () => {
    assert.deepEqual(referencesOf('countries', { name: 'Russia' }), []);
    assert.deepEqual(referencesOf('treaties', { parties: [], organisations: [], signatories: [{ name: 'A. Person', capacity: 'mediator' }] }), []);
    assert.deepEqual(referencesOf('regions', { name: 'Baltic states' }), []);
  });

  test('idsOf and refersTo read one kind of the references', () => {
    const refs = referencesOf('events', { country: [ref('moldova'), ref('ukraine')], organisation: [], treaty: [ref('t')], place: [] });
    assert.deepEqual(idsOf(refs, 'countries'), ['moldova', 'ukraine']);
    assert.equal(refersTo(refs, 'treaties', 't'), true);
    assert.equal(refersTo(refs, 'countries', 't'), false);
  });

  test('records for the integrity check name file and field, an event’s field under its id', () => {
    const section = {
      id: 'art/01-intro',
      collection: 'sections',
      filePath: 'articles/art/sections/01-intro.mdx',
      data: { region: [ref('baltic-states')], country: [], organisation: [], treaty: [], events: [{ id: 'e1', country: [ref('latvia')], organisation: [], treaty: [], place: [] }] },
    } as unknown as Section;
    assert.deepEqual(sectionRefs(section), [
      { file: 'articles/art/sections/01-intro.mdx', field: 'region', kind: 'regions', id: 'baltic-states' },
      { file: 'articles/art/sections/01-intro.mdx', field: 'events.e1.country', kind: 'countries', id: 'latvia' },
    ]);
    assert.deepEqual(entityRefs('people', { id: 'p', filePath: 'people.yaml', data: { country: ref('russia') } }), [{ file: 'people.yaml (p)', field: 'country', kind: 'countries', id: 'russia' }]);
  });
});

test('every field of the registry is a field of its record’s schema', () => {
  const shape = (s: unknown): Record<string, unknown> => (s as { shape: Record<string, unknown> }).shape;
  // An event is an item of the sections' `events` list (a list with a default).
  const events = (shape(schemas.sections).events as { unwrap(): { element: unknown } }).unwrap().element;
  const schemaOf = (r: Referrer) => (r === 'events' ? events : schemas[r]);
  for (const [referrer, fields] of Object.entries(REFERENCE_FIELDS) as [Referrer, readonly (readonly [string, string])[]][]) {
    for (const [field] of fields) {
      const head = field.split('.')[0]!;
      assert.ok(head in shape(schemaOf(referrer)), `${referrer}: "${field}" is not a field of its schema`);
    }
  }
});
