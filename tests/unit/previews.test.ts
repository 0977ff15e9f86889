import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildPreviews } from '../../src/lib/entities/previews.ts';

test('previews are keyed by the address mentions link to, in a fixed order, with the kind in words', () => {
  const previews = buildPreviews(
    [
      { kind: 'organisations', id: 'csto', data: { name: 'Collective Security Treaty Organization', description: 'A military alliance.' } },
      { kind: 'countries', id: 'armenia', data: { name: 'Armenia', description: 'A state in the South Caucasus.' } },
    ],
    (kind, id) => `/${kind}/${id}/`,
  );
  assert.deepEqual(Object.keys(previews), ['/countries/armenia/', '/organisations/csto/']);
  assert.deepEqual(previews['/organisations/csto/'], { name: 'Collective Security Treaty Organization', kind: 'organisation', description: 'A military alliance.' });
});
