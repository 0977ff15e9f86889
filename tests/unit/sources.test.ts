/**
 * Facts the edition adds name their sources, and a ¶ cited as a source names what the record is about: the check the
 * build runs (src/lib/entities/sources.ts), on small records, then on the real content without a build.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import yaml from 'js-yaml';
import { loadNamed } from '../../src/lib/entities/names.ts';
import { buildMentionIndex, type SectionText } from '../../src/lib/entities/mention-index.ts';
import { checkCitedParagraphs, citedParagraphs, paragraphRefLabel, parseParagraphRef, unsourcedRecords } from '../../src/lib/entities/sources.ts';
import { schemas } from '../../src/lib/schemas.ts';
import { projectRoot } from '../helpers/build.ts';

const named = [
  { kind: 'organisations' as const, id: 'eurasec', names: ['Eurasian Economic Community'] },
  { kind: 'organisations' as const, id: 'eaeu', names: ['EAEU'] },
  { kind: 'countries' as const, id: 'kazakhstan', names: ['Kazakhstan'] },
  { kind: 'countries' as const, id: 'uzbekistan', names: ['Uzbekistan'] },
];
const text: SectionText[] = [
  {
    article: 'a',
    section: 's',
    first: 1,
    body: 'Partners in the EAEU continue to expand.\n\nTrade grows with the countries of the Eurasian Economic Community (with Kazakhstan).\n\nUzbekistan joined the EAEU as an observer.',
  },
];
const mentions = buildMentionIndex(named, text);
const membership = (paragraph: string, country = 'kazakhstan') => ({
  organisations: [{ id: 'eurasec', filePath: 'organisations.yaml', data: { members: [{ country: { id: country }, sources: [{ paragraph }] }] } }],
});
const check = (records: Parameters<typeof citedParagraphs>[0]) => checkCitedParagraphs(citedParagraphs(records), mentions);

describe('a ¶ cited as a source', () => {
  test('that names neither the organisation nor the country stops the build, naming file, field and value', () => {
    assert.deepEqual(check(membership('a#p1')), [
      'organisations.yaml (eurasec): field "members.kazakhstan.sources": "a#p1": ¶ 1 names neither organisations/eurasec nor countries/kazakhstan; cite a ¶ that does, or a public source { name, url }',
    ]);
  });

  test('that names the organisation but not the country is refused too, naming what is missing', () => {
    const [error] = check(membership('a#p2', 'uzbekistan'));
    assert.match(error!, /¶ 2 does not name countries\/uzbekistan;/);
  });

  test('that names both passes', () => {
    assert.deepEqual(check(membership('a#p2')), []);
  });

  test('on an entity record must name the entity itself', () => {
    const person = { people: [{ id: 'eurasec', data: {} }], organisations: [{ id: 'eaeu', filePath: 'o.yaml', data: { sources: [{ paragraph: 'a#p2' }] } }] };
    assert.deepEqual(check(person), ['o.yaml (eaeu): field "sources": "a#p2": ¶ 2 does not name organisations/eaeu; cite a ¶ that does, or a public source { name, url }']);
  });

  test('public sources are not checked against the text', () => {
    const records = { organisations: [{ id: 'eaeu', data: { sources: [{ name: 'A register', url: 'https://example.org/' }] } }] };
    assert.deepEqual(citedParagraphs(records), []);
  });

  test('names its article and ¶ number, even when the article id has hyphens', () => {
    assert.deepEqual(parseParagraphRef('karpovich-davydova-2021#p44'), { article: 'karpovich-davydova-2021', paragraph: 44 });
  });
});

describe('the source schema', () => {
  const org = (member: object) => schemas.organisations.safeParse({ id: 'o', name: 'O', description: 'An organisation.', type: 'programme', members: [{ country: 'x', ...member }] });
  const issues = (member: object) => org(member).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

  test('refuses a membership that names no source', () => {
    assert.match(issues({}).join('\n'), /members\.0\.sources/);
  });

  test('takes a bare string as a ¶ and an object with name and url as a public source', () => {
    const r = org({ sources: ['a-b#p3', { name: 'A register', url: 'https://example.org/', supports: 'the date' }] });
    assert.deepEqual(r.data?.members[0]!.sources, [{ paragraph: 'a-b#p3' }, { name: 'A register', url: 'https://example.org/', supports: 'the date' }]);
  });

  test('refuses a public source without an address, and a source that is both a ¶ and a public source', () => {
    assert.equal(org({ sources: [{ name: 'A register' }] }).success, false);
    assert.equal(org({ sources: [{ paragraph: 'a#p1', name: 'A register', url: 'https://example.org/' }] }).success, false);
  });

  test('refuses a suspended membership without the date the suspension began', () => {
    assert.match(issues({ status: 'suspended', since: '2006', sources: ['a#p1'] }).join('\n'), /statusSince: status "suspended" needs statusSince/);
  });
});

describe('the real content', () => {
  const content = join(projectRoot, 'content');
  const load = (kind: string) => yaml.load(readFileSync(join(content, 'entities', `${kind}.yaml`), 'utf8')) as { id: string }[];
  const records = Object.fromEntries(
    (['regions', 'countries', 'places', 'organisations', 'treaties', 'people'] as const).map((kind) => [
      kind,
      load(kind).map((r) => ({ id: r.id, filePath: `${kind}.yaml`, data: (schemas[kind].parse(r) as object) })),
    ]),
  ) as Parameters<typeof citedParagraphs>[0];
  const articlesDir = join(content, 'articles');
  const sections: SectionText[] = readdirSync(articlesDir).flatMap((article) =>
    readdirSync(join(articlesDir, article, 'sections')).map((f) => {
      const raw = readFileSync(join(articlesDir, article, 'sections', f), 'utf8');
      const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw)!;
      const fm = yaml.load(front!) as { id: string; paragraphs: { first: number } };
      return { article, section: fm.id, first: fm.paragraphs.first, body: body! };
    }),
  );
  const index = buildMentionIndex(loadNamed(content), sections);

  test('every ¶ an entity record cites names the entities the record links', () => {
    const cites = citedParagraphs(records);
    assert.ok(cites.length > 20, `only ${cites.length} cited ¶s found`);
    const unnamed = new Set(loadNamed(content).filter((e) => index.of(e.kind, e.id).length === 0).map((e) => `${e.kind}/${e.id}`));
    assert.deepEqual(checkCitedParagraphs(cites, index, undefined, unnamed), []);
  });

  test('every membership names a source', () => {
    const members = (records.organisations ?? []).flatMap((o) => (o.data.members ?? []).map((m) => ({ org: o.id, m })));
    assert.ok(members.length > 0);
    assert.deepEqual(members.filter(({ m }) => !m.sources?.length).map(({ org, m }) => `${org}/${m.country.id}`), []);
  });
});

test('records without a source are listed by kind and id, for the build to report', () => {
  assert.deepEqual(unsourcedRecords({ places: [{ id: 'a', data: {} }, { id: 'b', data: { sources: [{ paragraph: 'x#p1' }] } }] }), ['places/a']);
});

test('a document the text never names is checked through the states and bodies it links', () => {
  const records = { treaties: [{ id: 'contract', filePath: 't.yaml', data: { sources: [{ paragraph: 'a#p1' }, { paragraph: 'a#p3' }], parties: [{ id: 'uzbekistan' }] } }] };
  const errors = checkCitedParagraphs(citedParagraphs(records), mentions, undefined, new Set(['treaties/contract']));
  assert.deepEqual(errors, ['t.yaml (contract): field "sources": "a#p1": ¶ 1 names none of countries/uzbekistan, which the record links; cite a ¶ that does, or a public source { name, url }']);
});

test('a ¶ source reads "¶ N" in a site of one article, and names its article in a site of several', () => {
  const one = { id: 'smith-jones-2021', record: { year: 2021, authors: [{ family: 'Smith' }, { family: 'Jones' }] } };
  const two = { id: 'test-article', record: { year: 2026, authors: [{ family: 'Author' }] } };
  assert.equal(paragraphRefLabel('smith-jones-2021#p51', [one]), '¶ 51');
  assert.equal(paragraphRefLabel('smith-jones-2021#p51', [one, two]), '¶ 51 in Smith and Jones 2021');
  assert.equal(paragraphRefLabel('test-article#p3', [one, two]), '¶ 3 in Author 2026');
});
