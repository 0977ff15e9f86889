import assert from 'node:assert/strict';
import { test } from 'node:test';
import { schemas } from '../../src/lib/schemas.ts';

test('a correction without a reason is refused by the schema, without a build', () => {
  const r = schemas.corrections.safeParse({ corrections: [{ id: 'x', paragraph: 1, before: 'a', after: 'b' }] });
  assert.equal(r.success, false);
  assert.deepEqual(r.error?.issues.map((i) => i.path.join('.')), ['corrections.0.reason']);
});

test('a reference in plain data becomes the collection and id Astro would resolve', () => {
  const r = schemas.people.parse({ id: 'someone', name: 'Someone', description: 'A person.', role: 'Minister', country: 'russia' });
  assert.deepEqual(r.country, { collection: 'countries', id: 'russia' });
});
