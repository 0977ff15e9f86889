/**
 * The datasets and the feed on values (src/lib/data/): CSV read back by a maintained parser (csv-parse), JSON checked
 * against the schema it names by Ajv, the Atom feed read by feedsmith. The built files are checked in built/data.test.ts.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parseAtomFeed } from 'feedsmith';
import { CSV_EOL, LIST_SEPARATOR, toCsv } from '../../src/lib/data/csv.ts';
import { dataFiles, datasets, loadDatasetLicences, type DataInput } from '../../src/lib/data/datasets.ts';
import { atomFeed, feedEntries, type FeedInput } from '../../src/lib/data/feed.ts';
import { byteSize, bytesText, fileSize } from '../../src/lib/data/size.ts';
import { atomProblems } from '../helpers/atom.ts';
import { collectEvents } from '../../src/lib/timeline/timeline.ts';

type Rec = Record<string, unknown>;
const site = new URL('https://example.org/');
const licences = {
  editionLicence: { name: 'Creative Commons Attribution 4.0 International', spdx: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  editionLicenceNote: 'Ours.',
  articleLicenceNote: 'Not known.',
};

describe('CSV', () => {
  test('quotes what RFC 4180 asks, ends every record with CRLF, and csv-parse reads the values back', () => {
    const rows = [
      { a: 'plain', b: 'with, comma', c: 'a "quote"' },
      { a: 'two\nlines', b: null, c: ['x', 'y'] },
      { a: 'Грузия', b: 3, c: [] },
    ];
    const text = toCsv('t.csv', ['a', 'b', 'c'], rows);
    assert.equal(text.split(CSV_EOL).length, 5, 'header, three records, and the empty string after the last CRLF');
    assert.ok(text.endsWith(CSV_EOL));
    assert.deepEqual(parseCsv(text, { columns: true }), [
      { a: 'plain', b: 'with, comma', c: 'a "quote"' },
      { a: 'two\nlines', b: '', c: `x${LIST_SEPARATOR}y` },
      { a: 'Грузия', b: '3', c: '' },
    ]);
  });

  test('a list value holding the separator stops with the file, the record, the field and the value', () => {
    assert.throws(() => toCsv('entities.csv', ['aliases'], [{ aliases: ['A|B'] }]), {
      message: 'entities.csv: record 1, field "aliases": the value "A|B" holds "|", the separator of a list in CSV',
    });
  });
});

/** A tiny digest: one article of two sections, two countries, an organisation with one member, one event. */
function input(): DataInput {
  const sections = [
    {
      data: {
        id: 'intro',
        title: 'Introduction',
        paragraphs: { first: 1, last: 2 },
        events: [{ id: 'e1', date: '2020-05/2020-06', label: 'Talks, held', status: 'reported' as const, paragraph: 2, country: [{ id: 'ge' }], organisation: [{ id: 'org' }], treaty: [], place: [] }],
      },
      entry: { body: '\nFirst ¶, with a "quote".\n\nSecond\nline of ¶ 2.\n' },
    },
    { data: { id: 'end', title: 'End', paragraphs: { first: 3, last: 3 }, events: [] }, entry: { body: 'Third.' } },
  ];
  const countries = [
    { id: 'ge', data: { name: 'Georgia', aliases: ['Грузия'], description: 'A state.', iso2: 'GE', isoNumeric: '268', region: { id: 'sc' }, sources: [{ paragraph: 'a#p1' }] } },
    { id: 'am', data: { name: 'Armenia', description: 'A state.', iso2: 'AM', isoNumeric: '051', sources: [{ name: 'A register', url: 'https://example.net/r' }] } },
  ];
  const organisations = [
    { id: 'org', data: { name: 'Org', abbr: 'O', type: 'organ', description: 'A body.', members: [{ country: { id: 'ge' }, status: 'suspended' as const, since: '2006', statusSince: '2012', sources: [{ paragraph: 'a#p2' }, { name: 'A register', url: 'https://example.net/r' }] }] } },
  ];
  const articles = [{ id: 'a', sections }];
  return {
    site,
    events: collectEvents({ articles, entities: { countries } }),
    articles,
    entities: { regions: [{ id: 'sc', data: { name: 'South', description: 'A region.' } }], countries, places: [], organisations, treaties: [], people: [] },
    sourceUrl: (ref) => `/a/${ref.endsWith('p1') ? 'intro/#p1' : 'intro/#p2'}`,
  };
}

describe('datasets', () => {
  const sets = datasets(input());
  const files = dataFiles(sets, { site, asOf: '2021-07', licences });
  const by = (id: string) => sets.find((d) => d.id === id)!;

  test('the records are the digest’s own: events from collectEvents, memberships on the organisation, ¶s as the text splits', () => {
    assert.deepEqual(by('events').records, [
      {
        id: 'e1', date: '2020-05/2020-06', start: '2020-05', end: '2020-06', precision: 'month', when: null, dateNote: null, label: 'Talks, held', status: 'reported',
        article: 'a', section: 'intro', paragraph: 2, address: 'https://example.org/a/intro/#p2', regions: ['sc'], countries: ['ge'], organisations: ['org'], treaties: [], places: [],
      },
    ]);
    assert.deepEqual(by('memberships').records, [
      {
        state: 'ge', stateName: 'Georgia', organisation: 'org', organisationName: 'Org', status: 'suspended', since: '2006', statusSince: '2012', until: null, note: null,
        address: 'https://example.org/organisations/org/#member-ge', sourceParagraphs: ['https://example.org/a/intro/#p2'], sourceNames: ['A register'], sourceUrls: ['https://example.net/r'],
      },
    ]);
    assert.deepEqual(by('entities').records.map((r) => [r.kind, r.id, r.iso2, r.aliases]), [['regions', 'sc', null, []], ['countries', 'ge', 'GE', ['Грузия']], ['countries', 'am', 'AM', []], ['organisations', 'org', null, []]]);
    assert.deepEqual(by('paragraphs').records.map((r) => [r.paragraph, r.section, r.text]), [[1, 'intro', 'First ¶, with a "quote".'], [2, 'intro', 'Second line of ¶ 2.'], [3, 'end', 'Third.']]);
  });

  test('a section whose text has more ¶s than its range stops with the section named', () => {
    const i = input();
    i.articles[0]!.sections[1]!.entry.body = 'Third.\n\nFourth.';
    assert.throws(() => datasets(i), { message: 'a/end: ¶ 3–3 but the body has 2 paragraphs' });
  });

  test('each CSV, read by csv-parse, holds the JSON file’s records (lists joined by "|", null as an empty cell)', () => {
    for (const d of sets) {
      const rows = parseCsv(files.get(`${d.id}.csv`)!, { columns: true }) as Record<string, string>[];
      const json = JSON.parse(files.get(`${d.id}.json`)!) as { records: Record<string, unknown>[] };
      const asCsv = json.records.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Array.isArray(v) ? v.join(LIST_SEPARATOR) : v === null ? '' : String(v)])));
      assert.deepEqual(rows, asCsv, d.id);
    }
  });

  test('each JSON file validates against the schema beside it, and the schema refuses a record that breaks it', () => {
    for (const d of sets) {
      const ajv = new Ajv2020({ strict: true, allErrors: true });
      addFormats.default(ajv);
      const schema = JSON.parse(files.get(`${d.id}.schema.json`)!);
      const data = JSON.parse(files.get(`${d.id}.json`)!);
      assert.equal(data.$schema, schema.$id, `${d.id}: $schema names the schema`);
      const validate = ajv.compile(schema);
      assert.ok(validate(data), `${d.id}: ${JSON.stringify(validate.errors)}`);
      const broken = structuredClone(data) as { records: Rec[] };
      broken.records[0].extra = 1;
      assert.equal(validate(broken), false, `${d.id}: an unknown field is refused`);
    }
  });

  test('the paragraph dataset names no licence and says the article’s is not known; the edition’s data carry its licence', () => {
    const paragraphs = JSON.parse(files.get('paragraphs.json')!);
    assert.equal(paragraphs.licence, null);
    assert.equal(paragraphs.licenceNote, 'Not known.');
    assert.equal(paragraphs.asOf, null);
    const events = JSON.parse(files.get('events.json')!);
    assert.equal(events.licence.spdx, 'CC-BY-4.0');
    assert.equal(JSON.parse(files.get('entities.json')!).asOf, '2021-07');
  });

  test('the files do not change between two runs on the same records', () => {
    assert.deepEqual([...dataFiles(datasets(input()), { site, asOf: '2021-07', licences })], [...files]);
  });

  test('content/datasets.yaml is read with its licence, and a missing or malformed one is named with its field', () => {
    assert.equal(loadDatasetLicences('content').editionLicence.spdx, 'CC-BY-4.0');
    const dir = mkdtempSync(join(tmpdir(), 'datasets-'));
    try {
      assert.throws(() => loadDatasetLicences(dir), /datasets\.yaml: missing/);
      writeFileSync(join(dir, 'datasets.yaml'), 'editionLicence: { name: X, spdx: X, url: not-a-url }\neditionLicenceNote: a\narticleLicenceNote: b\n');
      assert.throws(() => loadDatasetLicences(dir), /datasets\.yaml, line 1: field "editionLicence\.url" Invalid URL; found "not-a-url"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Atom feed', () => {
  const feed: FeedInput = {
    url: 'https://example.org/feed.xml',
    home: 'https://example.org/',
    title: 'Digest: articles & corrections',
    subtitle: 'New.',
    author: 'Digest',
    articles: [
      {
        url: 'https://example.org/a/',
        title: 'An <article>',
        authors: ['A. B. One', 'C. D. Two'],
        added: '2026-11-29',
        citation: 'J 2021;1(1):1–2',
        corrections: [
          { id: 'c1', url: 'https://example.org/about/#correction-c1', paragraphUrl: 'https://example.org/a/x/#p4', paragraph: 4, before: 'teh', after: 'the', reason: 'A slip.' },
          { id: 'c2', url: 'https://example.org/about/#correction-c2', paragraphUrl: 'https://example.org/a/x/#p5', paragraph: 5, before: 'a,b', after: 'a, b', reason: 'Space.', date: '2026-12-03' },
        ],
      },
    ],
  };

  test('entries are the article and its corrections, dated from the records, newest first', () => {
    assert.deepEqual(
      feedEntries(feed).map((e) => [e.id, e.updated]),
      [
        ['https://example.org/about/#correction-c2', '2026-12-03T00:00:00Z'],
        ['https://example.org/a/', '2026-11-29T00:00:00Z'],
        ['https://example.org/about/#correction-c1', '2026-11-29T00:00:00Z'],
      ],
    );
  });

  test('feedsmith reads it as Atom with id, title, updated and author, and every entry has id, title, updated and link', () => {
    const xml = atomFeed(feed);
    const parsed = parseAtomFeed(xml);
    assert.equal(parsed.id, feed.url);
    assert.equal(parsed.title?.value, 'Digest: articles & corrections');
    assert.equal(parsed.updated, '2026-12-03T00:00:00Z', 'the newest entry’s day');
    assert.deepEqual(parsed.authors?.map((a) => a.name), ['Digest']);
    assert.equal(parsed.entries?.length, 3);
    for (const e of parsed.entries ?? []) {
      assert.ok(e.id && e.title && e.updated && e.links?.some((l) => l.rel === 'alternate' && l.href), JSON.stringify(e));
      assert.match(e.updated!, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    }
    assert.equal(parsed.entries![1]!.title?.value, 'Article added: An <article>');
    assert.deepEqual(parsed.entries![1]!.authors?.map((a) => a.name), ['A. B. One', 'C. D. Two']);
  });

  test('it keeps the structural rules of RFC 4287, and the check finds a feed that breaks them', () => {
    assert.deepEqual(atomProblems(atomFeed(feed)), []);
    const broken = atomFeed(feed).replace(/<updated>2026-11-29T00:00:00Z<\/updated>/, '').replace('<id>https://example.org/a/</id>', '<id>/a/</id>');
    assert.deepEqual(atomProblems(broken), ['entry 2 (/a/): 0 <updated> elements, Atom requires exactly one', 'entry 2 (/a/): <id> "/a/" is not an absolute IRI', 'entry 2 (/a/): <updated> "" is not an RFC 3339 date-time']);
    assert.match(atomProblems('<feed xmlns="http://www.w3.org/2005/Atom"><id>x</feed>')[0]!, /not well-formed/);
  });

  test('a digest without articles has no feed to write, and says so', () => {
    assert.throws(() => atomFeed({ ...feed, articles: [] }), /no entries/);
  });
});

test('sizes are stated in bytes, without the machine’s locale', () => {
  assert.equal(byteSize('Грузия'), 12);
  assert.equal(bytesText(1234567), '1,234,567 bytes');
  assert.deepEqual([999, 18001, 2_500_000].map(fileSize), ['999 bytes', '18.0 KB', '2.5 MB']);
});
