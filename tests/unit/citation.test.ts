/**
 * The citation library held to real tools: APA, Chicago and MLA as citeproc-js renders them with the
 * official CSL styles (an engine of the test's own, fed the site's CSL-JSON file), and every download
 * read back by citation-js with nothing lost. Exact strings are spelled out once, so a change of style
 * or engine shows here as a diff.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import CSL from 'citeproc';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { CITATION_FORMATS, CSL_STYLES, citationKey, formatCitation, formatCitationHtml, htmlText, inTextCitation, toCsl } from '../../src/lib/citation/index.ts';
import type { CitationFormat, CitationWork, CslStyle, Pinpoint } from '../../src/lib/citation/index.ts';

// The confirmed record: the names as the byline prints them (FACTS.md); Davydova's given name is not known.
const work: CitationWork = {
  title: 'Modern vectors of Russian diplomacy in the post-Soviet space',
  authors: [
    { family: 'Karpovich', given: 'Oleg G.' },
    { family: 'Davydova', given: 'A. V.' },
  ],
  journal: { title: 'Post-Soviet Issues', issnPrint: '2313-8920', issnOnline: '2587-8174', publisher: 'Centre for Regional Studies' },
  year: 2021,
  volume: 8,
  issue: 3,
  pages: { first: 315, last: 330 },
  doi: '10.24975/2313-8920-2021-8-3-315-330',
  language: 'en',
  url: 'https://example.org/karpovich-davydova-2021/',
};
const SECTION = 'https://example.org/karpovich-davydova-2021/central-asia/';
const section: Pinpoint = { sectionTitle: 'Central Asia', sectionId: 'central-asia', url: SECTION };
const pinpoint: Pinpoint = { ...section, paragraph: 41, url: `${SECTION}#p41` };
const accessed = new Date(Date.UTC(2026, 10, 29));
const ALL = CITATION_FORMATS.map((f) => f.id);
const STYLES = Object.keys(CSL_STYLES) as CslStyle[];
const DOI = 'https://doi.org/10.24975/2313-8920-2021-8-3-315-330';

/** A citeproc-js engine of the test's own (one per style: building one is slow), with the vendored official style and locale. */
const engines = new Map<CslStyle, InstanceType<typeof CSL.Engine>>();
const byId = new Map<string, unknown>();
function citeproc(style: CslStyle, items: Record<string, unknown>[], format: 'text' | 'html' = 'text') {
  const read = (name: string) => readFileSync(new URL(`../../src/lib/citation/styles/${name}`, import.meta.url), 'utf8');
  if (!engines.has(style)) {
    engines.set(style, new CSL.Engine({ retrieveLocale: () => read('locales-en-US.xml'), retrieveItem: (id: string) => byId.get(id) }, read(`${CSL_STYLES[style]}.csl`), 'en-US', true));
  }
  const engine = engines.get(style)!;
  for (const i of items) byId.set(String(i.id), i);
  engine.setOutputFormat(format);
  engine.updateItems(items.map((i) => String(i.id)));
  return engine;
}
const rendered = (style: CslStyle, items: Record<string, unknown>[], format: 'text' | 'html' = 'text') => {
  const bib = citeproc(style, items, format).makeBibliography();
  assert.ok(bib);
  return bib[1].join('').trim();
};

// What citeproc-js 2.4.63 renders with the official styles (apa.csl 2026-02-07, chicago-author-date.csl
// 2025-02-09, modern-language-association.csl 2026-02-03, locales-en-US.xml 2026-01-10).
const EXPECTED = {
  apa: `Karpovich, O. G., & Davydova, A. V. (2021). Modern vectors of Russian diplomacy in the post-Soviet space. Post-Soviet Issues, 8(3), 315–330. ${DOI}`,
  chicago: `Karpovich, Oleg G., and A. V. Davydova. 2021. “Modern Vectors of Russian Diplomacy in the Post-Soviet Space.” Post-Soviet Issues 8 (3): 315–30. ${DOI}.`,
  mla: `Karpovich, Oleg G., and A. V. Davydova. “Modern Vectors of Russian Diplomacy in the Post-Soviet Space.” Post-Soviet Issues, vol. 8, no. 3, 2021, pp. 315–30, ${DOI}.`,
};
const IN_TEXT = {
  apa: ['(Karpovich & Davydova, 2021)', '(Karpovich & Davydova, 2021, para. 41)', '(Karpovich & Davydova, 2021, paras. 41–44)'],
  chicago: ['(Karpovich and Davydova 2021)', '(Karpovich and Davydova 2021, para. 41)', '(Karpovich and Davydova 2021, paras. 41–44)'],
  mla: ['(Karpovich and Davydova)', '(Karpovich and Davydova, par. 41)', '(Karpovich and Davydova, pars. 41–44)'],
};

describe('APA 7, Chicago author-date and MLA 9 are what citeproc-js renders with the official styles', () => {
  for (const style of STYLES) {
    test(`${style}: the site's reference equals citeproc-js's rendering of the site's own CSL-JSON file`, () => {
      for (const p of [undefined, section, pinpoint]) {
        const site = formatCitation(style, work, p, accessed);
        const file = JSON.parse(formatCitation('csl-json', work, p, accessed)) as Record<string, unknown>[];
        assert.equal(site, rendered(style, file));
        // With or without a pinpoint the entry is the standard one: no section, no URL, no "Retrieved".
        assert.equal(site, EXPECTED[style]);
      }
    });

    test(`${style}: the in-text citation carries the pinpoint, as citeproc-js renders a paragraph locator`, () => {
      const engine = citeproc(style, [toCsl(work) as unknown as Record<string, unknown>]);
      const cite = (locator?: string) =>
        engine.previewCitationCluster({ citationItems: [{ id: citationKey(work), ...(locator ? { locator, label: 'paragraph' } : {}) }], properties: { noteIndex: 0 } }, [], [], 'text');
      const site = [inTextCitation(style, work), inTextCitation(style, work, { first: 41 }), inTextCitation(style, work, { first: 41, last: 44 })];
      assert.deepEqual(site, [cite(), cite('41'), cite('41-44')]);
      assert.deepEqual(site, IN_TEXT[style]);
    });

    test(`${style}: the styled version is citeproc-js's HTML, and reads exactly as the plain text`, () => {
      const html = formatCitationHtml(style, work);
      assert.equal(html, rendered(style, [toCsl(work) as unknown as Record<string, unknown>], 'html').replace(/^<div class="csl-entry">|<\/div>$/g, '').trim());
      assert.equal(htmlText(html), formatCitation(style, work));
      assert.match(html, /<i>Post-Soviet Issues<\/i>/);
      assert.doesNotMatch(html, /style=|<(?!\/?i>)/, 'only <i>: a style attribute would break the CSP');
    });
  }

  test('APA italicises the volume too; Chicago and MLA only the journal', () => {
    assert.match(formatCitationHtml('apa', work), /<i>8<\/i>\(3\)/);
    for (const s of ['chicago', 'mla'] as const) assert.equal(formatCitationHtml(s, work).match(/<i>/g)?.length, 1);
  });

  test('APA puts no "Retrieved" date next to the DOI, whatever the pinpoint or access date', () => {
    for (const s of STYLES) assert.doesNotMatch(formatCitation(s, work, pinpoint, accessed), /Retrieved|Accessed|2026|#p41|Central Asia/);
  });
});

describe('GOST R 7.0.100-2018 (our own formatter: no maintained CSL style exists)', () => {
  test('the article', () => {
    assert.equal(
      formatCitation('gost', work),
      'Karpovich, O. G. Modern vectors of Russian diplomacy in the post-Soviet space / O. G. Karpovich, A. V. Davydova // Post-Soviet Issues. – 2021. – Vol. 8, No. 3. – P. 315–330. – DOI 10.24975/2313-8920-2021-8-3-315-330.',
    );
  });

  test('a paragraph: the section and paragraph, then URL: with the date of access as DD.MM.YYYY', () => {
    assert.equal(
      formatCitation('gost', work, pinpoint, accessed),
      `Karpovich, O. G. Modern vectors of Russian diplomacy in the post-Soviet space / O. G. Karpovich, A. V. Davydova // Post-Soviet Issues. – 2021. – Vol. 8, No. 3. – P. 315–330. – DOI 10.24975/2313-8920-2021-8-3-315-330. – Section “Central Asia”, para. 41. – URL: ${SECTION}#p41 (date of access: 29.11.2026).`,
    );
  });
});

describe('BibTeX, RIS and CSL-JSON', () => {
  test('each download has its own key: the article, a section and a paragraph', () => {
    assert.deepEqual([citationKey(work), citationKey(work, section), citationKey(work, pinpoint)], ['karpovich2021modern', 'karpovich2021modern_central_asia', 'karpovich2021modern_p41']);
    for (const p of [undefined, section, pinpoint]) {
      const key = citationKey(work, p);
      assert.match(formatCitation('bibtex', work, p), new RegExp(`^@article\\{${key},`));
      assert.equal(JSON.parse(formatCitation('csl-json', work, p))[0]['citation-key'], key);
    }
  });

  test('article, section and paragraph entries combine in one .bib file without a collision', () => {
    const bib = [undefined, section, pinpoint].map((p) => formatCitation('bibtex', work, p, accessed)).join('\n');
    const ids = (new Cite(bib).data as Array<{ id: string }>).map((i) => i.id);
    assert.deepEqual(ids, ['karpovich2021modern', 'karpovich2021modern_central_asia', 'karpovich2021modern_p41']);
  });

  test('@article has no publisher (biblatex has none for it) and one ISSN, with a valid check digit', () => {
    for (const p of [undefined, pinpoint]) {
      const bib = formatCitation('bibtex', work, p, accessed);
      assert.doesNotMatch(bib, /publisher/);
      const issns = [...bib.matchAll(/^\tissn = \{(.*)\},$/gm)].map((m) => m[1]!);
      assert.deepEqual(issns, ['2313-8920']);
      // ISSN check digit (ISO 3297), as biber's data-model validation computes it.
      const digits = issns[0]!.replace('-', '');
      const sum = [...digits.slice(0, 7)].reduce((s, d, i) => s + Number(d) * (8 - i), 0);
      const check = (11 - (sum % 11)) % 11;
      assert.equal(digits[7], check === 10 ? 'X' : String(check));
    }
  });

  test('RIS keeps the publisher (PB) and both ISSNs', () => {
    const ris = formatCitation('ris', work);
    assert.match(ris, /^PB {2}- Centre for Regional Studies$/m);
    assert.match(ris, /^SN {2}- 2313-8920, 2587-8174$/m);
    assert.match(ris, /^ID {2}- karpovich2021modern$/m);
  });

  test('RIS gives ID only for the article: a section’s or paragraph’s key may pass RIS’s 20 characters, and cut keys would collide', () => {
    assert.doesNotMatch(formatCitation('ris', work, section), /^ID {2}-/m);
    assert.doesNotMatch(formatCitation('ris', { ...work, title: 'A b' }, pinpoint), /^ID {2}-/m);
  });

  test('a pinpoint adds the URL, the locator as a note and the access date; the entry keeps the published article', () => {
    const [item] = JSON.parse(formatCitation('csl-json', work, pinpoint, accessed));
    assert.deepEqual(item, { ...toCsl(work, pinpoint), URL: `${SECTION}#p41`, note: 'Central Asia section, para. 41', accessed: { 'date-parts': [[2026, 11, 29]] } });
    assert.match(formatCitation('bibtex', work, pinpoint, accessed), /\tnote = \{Central Asia section, para\. 41; accessed 2026-11-29\},/);
    assert.match(formatCitation('ris', work, pinpoint, accessed), /^N1 {2}- Central Asia section, para\. 41$\n[\s\S]*^Y2 {2}- 2026\/11\/29\/$/m);
  });

  test('an editorial heading is named with its mark in every format that names the section', () => {
    const editorial: Pinpoint = { sectionTitle: 'Armenia (editorial heading)', sectionId: 'armenia', url: 'https://example.org/a/armenia/' };
    for (const f of ['gost', 'bibtex', 'ris', 'csl-json'] as const) assert.match(formatCitation(f, work, editorial), /Armenia \(editorial heading\)/, f);
  });
});

describe('every download parses with citation-js, with nothing lost', () => {
  const FIELDS = (item: Record<string, any>) => ({
    title: item.title,
    authors: item.author.map((a: { family: string; given: string }) => `${a.family}, ${a.given}`),
    year: item.issued['date-parts'][0][0],
    journal: item['container-title'],
    volume: String(item.volume),
    issue: String(item.issue),
    pages: item.page,
    DOI: item.DOI,
    ISSN: item.ISSN,
  });
  const want = { title: work.title, authors: ['Karpovich, Oleg G.', 'Davydova, A. V.'], year: 2021, journal: 'Post-Soviet Issues', volume: '8', issue: '3', pages: '315-330', DOI: work.doi };

  for (const format of ['bibtex', 'ris', 'csl-json'] as const) {
    for (const [label, p] of [['the article', undefined], ['a section', section], ['a paragraph', pinpoint]] as const) {
      test(`${format}, ${label}`, () => {
        const data = new Cite(formatCitation(format, work, p, accessed)).data as Array<Record<string, any>>;
        assert.equal(data.length, 1);
        const got = FIELDS(data[0]!);
        // BibTeX holds the print ISSN alone (see above); RIS and CSL-JSON both.
        assert.deepEqual(got, { ...want, ISSN: format === 'bibtex' ? '2313-8920' : '2313-8920, 2587-8174' });
        if (p) assert.equal(data[0]!.URL, p.url);
      });
    }
  }
});

describe('what no citation may contain', () => {
  const outputs = ALL.flatMap((f) => [
    [f, formatCitation(f, work)],
    [f, formatCitation(f, work, pinpoint)],
    [f, formatCitation(f, work, pinpoint, accessed)],
    [f, formatCitation(f, work, { url: work.url })],
  ]);

  test('no output says "undefined" or "NaN"', () => {
    for (const [f, text] of outputs) assert.doesNotMatch(text!, /undefined|NaN/, f);
  });

  test('without an access date no output mentions one', () => {
    for (const f of ALL) assert.doesNotMatch(formatCitation(f, work, pinpoint), /Retrieved|Accessed|accessed|date of access|Y2 {2}-|2026/, f);
  });

  test('without a pinpoint the access date is ignored, since the DOI is the link and needs no date', () => {
    for (const f of ALL) assert.equal(formatCitation(f, work, undefined, accessed), formatCitation(f, work), f);
  });
});

describe('details', () => {
  test('every format is listed once, and the file formats carry an extension and a media type', () => {
    assert.deepEqual(ALL, ['apa', 'chicago', 'mla', 'gost', 'bibtex', 'ris', 'csl-json']);
    const files = CITATION_FORMATS.filter((f) => f.download).map((f) => [f.id, f.download!.extension, f.download!.mime]);
    assert.deepEqual(files, [
      ['bibtex', 'bib', 'application/x-bibtex'],
      ['ris', 'ris', 'application/x-research-info-systems'],
      ['csl-json', 'json', 'application/vnd.citationstyles.csl+json'],
    ]);
  });

  test('dates are read in UTC, so a late-evening access elsewhere still prints the UTC day', () => {
    assert.match(formatCitation('gost', work, pinpoint, new Date('2026-11-29T23:30:00Z')), /\(date of access: 29\.11\.2026\)\.$/);
  });

  test('a malformed record or pinpoint is refused rather than printed', () => {
    assert.throws(() => formatCitation('apa', { ...work, volume: Number.NaN }), TypeError);
    assert.throws(() => formatCitation('mla', work, { ...pinpoint, paragraph: 0 }), TypeError);
    assert.throws(() => formatCitation('gost', work, pinpoint, new Date('not a date')), RangeError);
    assert.throws(() => formatCitation('harvard' as CitationFormat, work), RangeError);
    assert.throws(() => formatCitation('apa', { ...work, authors: [{ family: 'Karpovich', given: '' }] }), TypeError);
  });
});
