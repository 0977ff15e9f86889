import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { topicWarnings, unreferencedEntities } from '../../src/lib/entities/coverage.ts';

describe('coverage of entities', () => {
  test('an entity that nothing mentions or references is reported with its file', () => {
    const errors = unreferencedEntities({
      entities: [{ kind: 'countries', id: 'georgia', file: 'c.yaml' }, { kind: 'countries', id: 'narnia', file: 'c.yaml' }, { kind: 'treaties', id: 'aktau', file: 't.yaml' }],
      referenced: new Set(['treaties/aktau']),
      mentioned: new Set(['countries/georgia']),
    });
    assert.deepEqual(errors, ['c.yaml: entity "narnia" is neither mentioned in the text nor referenced by any record']);
  });

  test('frontmatter that disagrees with the text gives a warning each way', () => {
    const warnings = topicWarnings([{ file: 's.mdx', field: 'country', declared: ['georgia', 'armenia'], mentioned: ['georgia', 'russia'] }]);
    assert.deepEqual(warnings, ['s.mdx: field "country" lists armenia, which the text does not name', 's.mdx: field "country" omits russia, which the text names']);
  });

  test('agreeing frontmatter gives no warning', () => {
    assert.deepEqual(topicWarnings([{ file: 's.mdx', field: 'organisation', declared: ['cis'], mentioned: ['cis'] }]), []);
  });
});
