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

/**
 * Each kind of malformed record, checked by the schemas without a build, with the exact message the build
 * prints (src/lib/content-check.ts words it; content/guide/what-the-build-refuses.md lists them).
 */
import { describe } from 'node:test';
import { shapeErrors } from '../../src/lib/content-check.ts';

const sectionData = {
  id: 'conclusion', title: 'Conclusion', heading: 'article', order: 2, paragraphs: { first: 3, last: 3 }, date: '2021', summary: 'The end.',
};
const country = { id: 'georgia', name: 'Georgia', description: 'A state.', iso2: 'GE', isoNumeric: '268' };

export const SHAPE_CASES: { because: string; kind: Parameters<typeof shapeErrors>[0]; data: unknown; message: string }[] = [
  { because: 'a frontmatter field the schema does not know', kind: 'sections', data: { ...sectionData, colour: 'red' },
    message: 's.mdx: field "colour" is not a field of a section (a misspelling, or a field this edition does not have); found "red"' },
  { because: 'a section without its date', kind: 'sections', data: { ...sectionData, date: undefined },
    message: 's.mdx: field "date" is required but missing' },
  { because: 'a date that is not a date', kind: 'sections', data: { ...sectionData, date: 'summer 2021' },
    message: 's.mdx: field "date" "summer 2021" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD' },
  { because: 'an impossible date', kind: 'sections', data: { ...sectionData, date: '2021-02-30' },
    message: 's.mdx: field "date" "2021-02-30" is not a day of February 2021' },
  { because: 'a period that ends before it starts', kind: 'sections', data: { ...sectionData, date: '2021/2020' },
    message: 's.mdx: field "date" "2021/2020" ends before it starts' },
  { because: 'an id that is not lower-case ASCII words', kind: 'sections', data: { ...sectionData, id: 'Conclusion Part' },
    message: 's.mdx: field "id" must be lower-case ASCII words joined by hyphens; found "Conclusion Part"' },
  { because: 'an id that takes the address of another page of the article', kind: 'sections', data: { ...sectionData, id: 'ru' },
    message: 's.mdx: field "id": /<article>/ru/ is the address of another page of the article; found "ru"' },
  { because: 'a heading kind other than article or editorial', kind: 'sections', data: { ...sectionData, heading: 'chapter' },
    message: 's.mdx: field "heading" must be one of "article", "editorial"; found "chapter"' },
  { because: 'a reading order that is not a positive number', kind: 'sections', data: { ...sectionData, order: 0 },
    message: 's.mdx: field "order" must be more than 0; found 0' },
  { because: 'an event with an unknown status', kind: 'sections',
    data: { ...sectionData, events: [{ id: 'e', date: '2021', label: 'E', paragraph: 3, status: 'rumoured' }] },
    message: 's.mdx: field "events.0.status" must be one of "reported", "planned", "expected"; found "rumoured"' },
  { because: 'a country with a malformed ISO code', kind: 'countries', data: { ...country, iso2: 'Georgia' },
    message: 's.mdx: field "iso2" must be two capital letters (ISO 3166-1 alpha-2, e.g. GE); found "Georgia"' },
  { because: 'a numeric ISO code written as a number', kind: 'countries', data: { ...country, isoNumeric: 268 },
    message: 's.mdx: field "isoNumeric" must be a string; found 268' },
  { because: 'an entity record without a description', kind: 'regions', data: { id: 'r', name: 'R', description: '' },
    message: 's.mdx: field "description" must not be empty; found ""' },
  { because: 'a place attached to no country', kind: 'places', data: { id: 'p', name: 'P', description: 'A place.', kind: 'city', countries: [] },
    message: 's.mdx: field "countries" must not be empty; found []' },
  { because: 'map coordinates off the globe', kind: 'places',
    data: { id: 'p', name: 'P', description: 'A place.', kind: 'city', countries: ['georgia'], coordinates: [200, 10] },
    message: 's.mdx: field "coordinates.0" must be at most 180; found 200' },
  { because: 'an organisation of an unknown type', kind: 'organisations', data: { id: 'o', name: 'O', description: 'An org.', type: 'club' },
    message: 's.mdx: field "type" must be one of "intergovernmental organisation", "organ", "negotiation format", "military alliance", "supranational union", "programme", "company", "state body", "political party"; found "club"' },
  { because: 'a membership source that is not <article>#p<N>', kind: 'organisations',
    data: { id: 'o', name: 'O', description: 'An org.', type: 'organ', members: [{ country: 'georgia', sources: ['p34'] }] },
    message: 's.mdx: field "members.0.sources.0" must be <article-id>#p<N>; found "p34"' },
  { because: 'a public source without its address', kind: 'organisations',
    data: { id: 'o', name: 'O', description: 'An org.', type: 'organ', sources: [{ name: 'A report' }] },
    message: 's.mdx: field "sources.0": a source is either a ¶ (<article-id>#p<N>) or a public source with both name and url; found {"name":"A report"}' },
  { because: 'a person without a role', kind: 'people', data: { id: 'x', name: 'X', description: 'A person.' },
    message: 's.mdx: field "role" is required but missing' },
  { because: 'a DOI written as a link', kind: 'articles',
    data: { id: 'a', title: { en: 'T', ru: 'Т' }, authors: [{ family: 'F', given: 'F.', ru: 'Ф', affiliation: { en: 'A', ru: 'А' } }],
      journal: { title: 'J', issnPrint: '1234-5678', issnOnline: '1234-5678' }, year: 2021, volume: 1, issue: 1, pages: { first: 1, last: 2 },
      doi: 'https://doi.org/10.1234/x', language: 'en', abstract: { en: 'A', ru: 'А' }, fidelity: { start: 'INTRODUCTION' }, added: '2021-07-01' },
    message: 's.mdx: field "doi" must be a DOI such as 10.1234/abc, without https://doi.org/; found "https://doi.org/10.1234/x"' },
  { because: 'a running header that is not a regular expression', kind: 'articles',
    data: { id: 'a', title: { en: 'T', ru: 'Т' }, authors: [{ family: 'F', given: 'F.', ru: 'Ф', affiliation: { en: 'A', ru: 'А' } }],
      journal: { title: 'J', issnPrint: '1234-5678', issnOnline: '1234-5678' }, year: 2021, volume: 1, issue: 1, pages: { first: 1, last: 2 },
      doi: '10.1234/x', language: 'en', abstract: { en: 'A', ru: 'А' }, fidelity: { start: 'INTRODUCTION', runningHeader: '^2021;8(3' }, added: '2021-07-01' },
    message: 's.mdx: field "fidelity.runningHeader": must be a valid regular expression; found "^2021;8(3"' },
  { because: 'an article without the day the edition added it', kind: 'articles',
    data: { id: 'a', title: { en: 'T', ru: 'Т' }, authors: [{ family: 'F', given: 'F.', ru: 'Ф', affiliation: { en: 'A', ru: 'А' } }],
      journal: { title: 'J', issnPrint: '1234-5678', issnOnline: '1234-5678' }, year: 2021, volume: 1, issue: 1, pages: { first: 1, last: 2 },
      doi: '10.1234/x', language: 'en', abstract: { en: 'A', ru: 'А' }, fidelity: { start: 'INTRODUCTION' } },
    message: 's.mdx: field "added" is required but missing' },
  { because: 'a correction dated by month only', kind: 'corrections', data: { corrections: [{ id: 'x', paragraph: 1, before: 'a', after: 'b', reason: 'r', date: '2026-12' }] },
    message: 's.mdx: field "corrections.0.date" must be a day written YYYY-MM-DD; found "2026-12"' },
  { because: 'a correction without a reason', kind: 'corrections', data: { corrections: [{ id: 'x', paragraph: 1, before: 'a', after: 'b' }] },
    message: 's.mdx: field "corrections.0.reason" is required but missing' },
];

describe('malformed records are refused by the schemas, each with file, field and value in plain words', () => {
  for (const c of SHAPE_CASES) {
    test(`${c.because} is refused`, () => {
      assert.deepEqual(shapeErrors(c.kind, c.data, 's.mdx'), [c.message]);
    });
  }

  test('no message carries Markdown asterisks, an empty field or a :0:0 location', () => {
    for (const c of SHAPE_CASES) {
      const [m] = shapeErrors(c.kind, c.data, 's.mdx');
      assert.doesNotMatch(m!, /\*\*|field ""|:0:0/);
    }
  });

  test('the line of the field is given when the file text is known', () => {
    const text = '---\nid: conclusion\ncolour: red\n---\n';
    assert.deepEqual(shapeErrors('sections', { ...sectionData, colour: 'red' }, 's.mdx', text), [
      's.mdx, line 3: field "colour" is not a field of a section (a misspelling, or a field this edition does not have); found "red"',
    ]);
  });
});
