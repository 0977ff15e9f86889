import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { articleTags, entityTags, sectionTags, type NameOf } from '../../src/lib/search/tags.ts';

const NAMES: Record<string, string> = {
  'countries/armenia': 'Armenia', 'countries/georgia': 'Georgia', 'countries/russia': 'Russia',
  'regions/south-caucasus': 'South Caucasus', 'organisations/cis': 'Commonwealth of Independent States',
  'organisations/eaeu': 'Eurasian Economic Union', 'treaties/eu-armenia-cepa': 'EU–Armenia CEPA',
};
const name: NameOf = (kind, id) => NAMES[`${kind}/${id}`] ?? id;
const ref = (id: string) => ({ id });
const armenia = {
  title: 'Armenia', paragraphs: { first: 34, last: 36 }, date: '2015/2020',
  region: [ref('south-caucasus')], country: [ref('armenia'), ref('russia')], organisation: [ref('eaeu')], treaty: [ref('eu-armenia-cepa')],
};

describe('what the search index records about a page', () => {
  test('a section: its topics by display name, its title, ¶ range and date, sorted by its start', () => {
    assert.deepEqual(sectionTags(armenia, name), {
      filters: {
        type: ['Article section'], region: ['South Caucasus'], country: ['Armenia', 'Russia'],
        organisation: ['Eurasian Economic Union'], treaty: ['EU–Armenia CEPA'],
      },
      meta: { section: 'Armenia', paragraphs: '¶ 34–36', date: '2015–2020' },
      sort: { date: '2015' },
    });
  });

  test('the article page: filed as the full text, under no topic (its sections are), dated by its year', () => {
    const t = articleTags(2021, 63);
    assert.deepEqual(t.filters, { type: ['Full text'] });
    assert.deepEqual(articleTags(2021, 63, 'Test article').filters, { type: ['Full text'], article: ['Test article'] });
    assert.deepEqual(t.meta, { paragraphs: '¶ 1–63', date: '2021' });
  });

  test('a country page: filed under itself and its region', () => {
    assert.deepEqual(entityTags('countries', { name: 'Armenia', region: ref('south-caucasus') }, name).filters, {
      type: ['Country'], country: ['Armenia'], region: ['South Caucasus'],
    });
  });

  test('an organisation page: filed under itself, its parent and its members, not former ones', () => {
    const t = entityTags('organisations', {
      name: 'CIS Executive Committee', parent: ref('cis'),
      members: [{ country: ref('armenia'), status: 'member' }, { country: ref('georgia'), status: 'former' }],
    }, name);
    assert.deepEqual(t.filters, { type: ['Organisation'], organisation: ['CIS Executive Committee', 'Commonwealth of Independent States'], country: ['Armenia'] });
    assert.deepEqual(t.sort, {});
  });

  test('a region page: filed under itself and its countries; a dated treaty sorts by its date', () => {
    assert.deepEqual(entityTags('regions', { name: 'South Caucasus' }, name, ['Armenia', 'Georgia']).filters, {
      type: ['Region'], region: ['South Caucasus'], country: ['Armenia', 'Georgia'],
    });
    const cepa = entityTags('treaties', { name: 'EU–Armenia CEPA', date: '2017-11-24', parties: [ref('armenia')] }, name);
    assert.deepEqual(cepa.sort, { date: '2017-11-24' });
    assert.equal(cepa.meta.date, '24 November 2017');
    assert.deepEqual(cepa.filters.country, ['Armenia']);
  });
});
