/**
 * The downloads of /data/ and the Atom feed, over dist/: every CSV parses with csv-parse and holds its JSON file's
 * records; every JSON file validates with Ajv against the schema shipped beside it; the records are those the pages
 * show (the events of /timeline/, the member rows of the organisations' pages and the cells of /membership/, the
 * entries of the entity indexes, the ¶s of the article page, word for word); the /data/ page states the files' real
 * sizes and marks each dataset up as a schema.org Dataset; the feed is Atom that feedsmith reads, holding the articles
 * and the corrections of content/; every page links the feed from its head and the datasets from where it shows them.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import yaml from 'js-yaml';
import { parse as parseCsv } from 'csv-parse/sync';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parseAtomFeed } from 'feedsmith';
import { allPages, distDir, page, paragraphText, requireDist } from '../helpers/dist.ts';
import { atomProblems } from '../helpers/atom.ts';

const DATASETS = ['events', 'memberships', 'entities', 'paragraphs'];
const KINDS = ['regions', 'countries', 'places', 'organisations', 'treaties', 'people'];
const file = (name: string) => readFileSync(join(distDir, 'data', name), 'utf8');
type Rec = Record<string, unknown>;
const json = (id: string) => JSON.parse(file(`${id}.json`)) as { $schema: string; records: Rec[]; licence: unknown; licenceNote: string; asOf: string | null };
const origin = () => new URL(json('events').$schema).origin;
const path = (address: unknown) => String(address).slice(origin().length);
/** The site's pages, without the minimal documents Astro writes for retired URLs (a refresh to the new one). */
const sitePages = () => allPages().filter((url) => !page(url).querySelector('meta[http-equiv="refresh"]'));

describe('the datasets in dist/data/', () => {
  test('each CSV is UTF-8 without a BOM, ends its records with CRLF, and csv-parse reads exactly the JSON file’s records', () => {
    requireDist();
    for (const id of DATASETS) {
      const text = file(`${id}.csv`);
      assert.notEqual(text.charCodeAt(0), 0xfeff, `${id}.csv has no byte-order mark`);
      assert.ok(text.endsWith('\r\n') && !/[^\r]\n/.test(text.replace(/"(?:[^"]|"")*"/g, '')), `${id}.csv: every record ends with CRLF`);
      const rows = parseCsv(text, { columns: true, strict: true } as never) as Record<string, string>[];
      const records = json(id).records;
      assert.equal(rows.length, records.length, id);
      const asCsv = records.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Array.isArray(v) ? v.join('|') : v === null ? '' : String(v)])));
      assert.deepEqual(rows, asCsv, `${id}.csv and ${id}.json hold the same records`);
    }
  });

  test('each JSON file names the schema beside it in $schema and validates against it (Ajv, JSON Schema 2020-12)', () => {
    requireDist();
    for (const id of DATASETS) {
      const data = json(id);
      const schema = JSON.parse(file(`${id}.schema.json`));
      assert.equal(data.$schema, schema.$id);
      assert.equal(path(data.$schema), `/data/${id}.schema.json`);
      const ajv = new Ajv2020({ strict: true, allErrors: true });
      addFormats.default(ajv);
      const validate = ajv.compile(schema);
      assert.ok(validate(data), `${id}.json: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    }
  });

  test('the events are the events of /timeline/, in its order', () => {
    requireDist();
    const shown = page('/timeline/').querySelectorAll('li.event').map((li) => li.getAttribute('data-event'));
    assert.deepEqual(json('events').records.map((r) => r.id), shown);
    assert.equal(shown.length, 54);
  });

  test('the membership records are the member rows of the organisations’ pages, and every cell of /membership/ is one of them', () => {
    requireDist();
    const records = json('memberships').records;
    const rows = readdirSync(join(distDir, 'organisations'))
      .filter((d) => statSync(join(distDir, 'organisations', d)).isDirectory())
      .flatMap((org) => page(`/organisations/${org}/`).querySelectorAll('tr[id^="member-"]').map((tr) => `/organisations/${org}/#${tr.id}`));
    assert.deepEqual(records.map((r) => path(r.address)).sort(), rows.sort());
    const byAddress = new Map(records.map((r) => [path(r.address), r]));
    const cells = page('/membership/').querySelectorAll('table.matrix td[class^="status-"]');
    assert.ok(cells.length > 0);
    for (const td of cells) {
      const href = td.querySelector('a')!.getAttribute('href')!;
      assert.equal(byAddress.get(href)?.status, td.getAttribute('class')!.slice('status-'.length), href);
    }
  });

  test('the entities are the entries of the six entity indexes, with their names', () => {
    requireDist();
    const shown = KINDS.flatMap((k) => page(`/${k}/`).querySelectorAll('ul.entity-index > li > a').map((a) => `${a.getAttribute('href')} ${a.textContent}`));
    assert.deepEqual(json('entities').records.map((r) => `${path(r.address)} ${r.name}`).sort(), shown.sort());
    const georgia = json('entities').records.find((r) => r.kind === 'countries' && r.id === 'georgia')!;
    assert.equal(georgia.iso2, 'GE');
  });

  test('the paragraphs are the ¶s of the article page, word for word as rendered, with their addresses', () => {
    requireDist();
    const records = json('paragraphs').records;
    const article = String(records[0]!.article);
    const shown = page(`/${article}/`).querySelectorAll('p.para').map((p) => ({ n: Number(p.id.slice(1)), text: paragraphText(p) }));
    assert.deepEqual(records.map((r) => ({ n: r.paragraph, text: r.text })), shown);
    for (const r of records) {
      const [sectionPath, anchor] = path(r.address).split('#');
      assert.ok(page(sectionPath!).getElementById(anchor!), `${r.address} exists`);
    }
  });

  test('the paragraph dataset says the article’s licence is not known; the edition’s records carry the licence content/ states', () => {
    requireDist();
    const stated = yaml.load(readFileSync('content/datasets.yaml', 'utf8')) as { editionLicence: unknown; articleLicenceNote: string };
    const paragraphs = json('paragraphs');
    assert.equal(paragraphs.licence, null);
    assert.match(paragraphs.licenceNote, /licence is not known/);
    for (const id of ['events', 'memberships', 'entities']) assert.deepEqual(json(id).licence, stated.editionLicence, id);
    assert.equal(json('memberships').asOf, '2021-07');
  });
});

describe('the /data/ page', () => {
  test('states each file’s real size, the records and the as-of date, with a field table that matches the CSV header', () => {
    requireDist();
    const doc = page('/data/');
    for (const id of DATASETS) {
      const section = doc.querySelector(`section[aria-labelledby="${id}"]`)!;
      assert.ok(section, id);
      for (const f of [`${id}.csv`, `${id}.json`, `${id}.schema.json`]) {
        const li = section.querySelectorAll('.dataset-files li').find((l) => l.querySelector('a')?.getAttribute('href') === `/data/${f}`);
        const bytes = statSync(join(distDir, 'data', f)).size;
        assert.ok(li?.textContent.includes(`${bytes.toLocaleString('en-US')} bytes`), `${f}: ${bytes} bytes stated`);
      }
      const header = file(`${id}.csv`).split('\r\n')[0];
      assert.equal(section.querySelectorAll('tbody th code').map((c) => c.textContent).join(','), header, `${id}: the fields in column order`);
      assert.ok(section.textContent.includes(String(json(id).records.length)));
    }
    assert.match(doc.querySelector('section[aria-labelledby="memberships"]')!.textContent, /July 2021/);
  });

  test('marks each dataset up as a schema.org Dataset whose distributions are the files, by type', () => {
    requireDist();
    const blocks = page('/data/').querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent));
    assert.deepEqual(blocks.map((b) => b['@type']), DATASETS.map(() => 'Dataset'));
    for (const [i, id] of DATASETS.entries()) {
      const b = blocks[i];
      assert.equal(b['@context'], 'https://schema.org');
      assert.deepEqual(
        b.distribution.map((d: Rec) => [d['@type'], d.encodingFormat, path(d.contentUrl)]),
        [['DataDownload', 'text/csv', `/data/${id}.csv`], ['DataDownload', 'application/json', `/data/${id}.json`]],
      );
      assert.equal(b.license, id === 'paragraphs' ? undefined : 'https://creativecommons.org/licenses/by/4.0/', id);
    }
  });

  test('each dataset is linked from the page that shows its records, and /data/ from every page’s footer', () => {
    requireDist();
    const links = (url: string) => page(url).querySelectorAll('a').map((a) => a.getAttribute('href'));
    const article = String(json('paragraphs').records[0]!.article);
    for (const [url, id] of [['/timeline/', 'events'], ['/membership/', 'memberships'], [`/${article}/`, 'paragraphs'], ...KINDS.map((k) => [`/${k}/`, 'entities'])] as const) {
      for (const ext of ['csv', 'json']) assert.ok(links(url).includes(`/data/${id}.${ext}`), `${url} links /data/${id}.${ext}`);
    }
    for (const url of sitePages()) assert.ok(page(url).querySelector('footer a[href="/data/"]'), `${url}: /data/ in the footer`);
  });
});

describe('the Atom feed', () => {
  const xml = () => readFileSync(join(distDir, 'feed.xml'), 'utf8');

  test('keeps the structural rules of Atom (RFC 4287) and feedsmith reads it', () => {
    requireDist();
    assert.deepEqual(atomProblems(xml()), []);
    const feed = parseAtomFeed(xml());
    assert.equal(path(feed.id), '/feed.xml');
    assert.ok(feed.updated && feed.authors?.length);
  });

  test('its entries are the articles added and the corrections of content/, dated from the records', () => {
    requireDist();
    const feed = parseAtomFeed(xml());
    const articles = readdirSync('content/articles');
    const expected = articles.flatMap((a) => {
      const record = yaml.load(readFileSync(`content/articles/${a}/article.yaml`, 'utf8')) as { added: string };
      const { corrections } = yaml.load(readFileSync(`content/articles/${a}/corrections.yaml`, 'utf8')) as { corrections: { id: string; date?: string }[] };
      return [`/${a}/ ${record.added}`, ...corrections.map((c) => `/about/#correction-${c.id} ${c.date ?? record.added}`)];
    });
    const entries = feed.entries!.map((e) => `${path(e.id)} ${e.updated!.slice(0, 10)}`);
    assert.deepEqual(entries.sort(), expected.sort());
    for (const e of feed.entries!) {
      const href = e.links!.find((l) => l.rel === 'alternate')!.href!;
      const [p, anchor] = path(href).split('#');
      const doc = page(p!);
      assert.ok(!anchor || doc.getElementById(anchor), `${href} exists`);
    }
  });

  test('every page links the feed from its head', () => {
    requireDist();
    assert.ok(sitePages().length > 100, 'the site’s pages are found');
    for (const url of sitePages()) {
      const link = page(url).querySelector('head link[rel="alternate"][type="application/atom+xml"]');
      assert.equal(link?.getAttribute('href'), '/feed.xml', url);
    }
  });
});
