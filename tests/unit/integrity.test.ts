import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkIntegrity, type EntityKind, type IntegrityInput, type SectionFacts } from '../../src/lib/entities/integrity.ts';

const ids = (countries: string[] = ['georgia']): Record<EntityKind, Set<string>> => ({
  regions: new Set(), countries: new Set(countries), places: new Set(), organisations: new Set(), treaties: new Set(), people: new Set(),
});
const section = (over: Partial<SectionFacts>): SectionFacts => ({
  file: 'a.mdx', article: 'art', id: 'a', order: 1, paragraphs: { first: 1, last: 2 }, events: [], ...over,
});
const input = (over: Partial<IntegrityInput>): IntegrityInput => ({ sections: [], refs: [], entityIds: ids(), paragraphRefs: [], ...over });

describe('integrity checks', () => {
  test('a consistent article has no errors', () => {
    const sections = [section({}), section({ file: 'b.mdx', id: 'b', order: 2, paragraphs: { first: 3, last: 3 } })];
    assert.deepEqual(checkIntegrity(input({ sections, refs: [{ file: 'a.mdx', field: 'country', kind: 'countries', id: 'georgia' }] })), []);
  });

  test('an unknown reference names file, field and value', () => {
    const errors = checkIntegrity(input({ refs: [{ file: 'a.mdx', field: 'country', kind: 'countries', id: 'atlantis' }] }));
    assert.deepEqual(errors, ['a.mdx: field "country": unknown country id "atlantis"']);
  });

  test('duplicate ids and orders name both files', () => {
    const errors = checkIntegrity(input({ sections: [section({}), section({ file: 'b.mdx', paragraphs: { first: 3, last: 3 } })] }));
    assert.ok(errors.includes('b.mdx: field "id": duplicate section id "a" (already used in a.mdx)'), errors.join('\n'));
    assert.ok(errors.includes('b.mdx: field "order": duplicate order 1 (already used in a.mdx)'), errors.join('\n'));
  });

  test('paragraph numbers must run on without gaps, in reading order', () => {
    const errors = checkIntegrity(input({ sections: [section({ file: 'b.mdx', id: 'b', order: 2, paragraphs: { first: 4, last: 5 } }), section({})] }));
    assert.deepEqual(errors, ['b.mdx: field "paragraphs": starts at ¶ 4, but the previous section ends at ¶ 2']);
  });

  test('events must cite a paragraph of their own section, and ids are unique', () => {
    const events = [{ id: 'e', paragraph: 7 }, { id: 'e', paragraph: 1 }];
    const errors = checkIntegrity(input({ sections: [section({ events })] }));
    assert.ok(errors.some((e) => e.includes('event "e" cites ¶ 7, outside')), errors.join('\n'));
    assert.ok(errors.some((e) => e.includes('duplicate event id "e"')), errors.join('\n'));
  });

  test('a paragraph named elsewhere must exist', () => {
    const errors = checkIntegrity(input({ sections: [section({})], paragraphRefs: [{ file: 'c.yaml', field: 'paragraph', article: 'art', paragraph: 9 }] }));
    assert.deepEqual(errors, ['c.yaml: field "paragraph": ¶ 9 does not exist (the article has 2)']);
  });
});

test('a paragraph named in an unknown article is reported', () => {
  const errors = checkIntegrity(input({ sections: [section({})], paragraphRefs: [{ file: 'o.yaml', field: 'members.x.source', article: 'nope', paragraph: 1 }] }));
  assert.deepEqual(errors, ['o.yaml: field "members.x.source": unknown article "nope"']);
});

test('a former id stays reserved: no section may take it', () => {
  const errors = checkIntegrity(input({ sections: [section({ formerIds: ['old'] }), section({ file: 'b.mdx', id: 'old', order: 2, paragraphs: { first: 3, last: 3 } })] }));
  assert.deepEqual(errors, ['b.mdx: field "id": duplicate section id "old" (already used in a.mdx)']);
});
