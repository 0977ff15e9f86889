import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { CITATION_FORMATS, formatCitation, toCsl } from '../../src/lib/citation/index.ts';
import type { CitationFormat, CitationWork, Pinpoint } from '../../src/lib/citation/index.ts';
import { abbreviatedRange, headlineCase } from '../../src/lib/citation/shared.ts';

// The confirmed record (the bibliographic facts the project was given). Davydova's given name is not known: initials only.
const work: CitationWork = {
  title: 'Modern vectors of Russian diplomacy in the post-Soviet space',
  authors: [
    { family: 'Karpovich', given: 'Oleg Gennadievich', initials: 'O. G.' },
    { family: 'Davydova', initials: 'A. V.' },
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
const pinpoint: Pinpoint = { sectionTitle: 'Central Asia', paragraph: 41, url: 'https://example.org/karpovich-davydova-2021/central-asia/#p41' };
const accessed = new Date(Date.UTC(2026, 10, 29));
const ALL = CITATION_FORMATS.map((f) => f.id);

describe('reference entries for the article', () => {
  test('APA 7 lists both authors with initials and the DOI as a URL', () => {
    assert.equal(
      formatCitation('apa', work),
      'Karpovich, O. G., & Davydova, A. V. (2021). Modern vectors of Russian diplomacy in the post-Soviet space. Post-Soviet Issues, 8(3), 315–330. https://doi.org/10.24975/2313-8920-2021-8-3-315-330',
    );
  });

  test('Chicago author-date gives the names as confirmed, a headline-style title and an abbreviated page range', () => {
    assert.equal(
      formatCitation('chicago', work),
      'Karpovich, Oleg Gennadievich, and A. V. Davydova. 2021. “Modern Vectors of Russian Diplomacy in the Post-Soviet Space.” Post-Soviet Issues 8 (3): 315–30. https://doi.org/10.24975/2313-8920-2021-8-3-315-330.',
    );
  });

  test('MLA 9 gives volume, number, year only and pages as pp. 315–30', () => {
    assert.equal(
      formatCitation('mla', work),
      'Karpovich, Oleg Gennadievich, and A. V. Davydova. “Modern Vectors of Russian Diplomacy in the Post-Soviet Space.” Post-Soviet Issues, vol. 8, no. 3, 2021, pp. 315–30, https://doi.org/10.24975/2313-8920-2021-8-3-315-330.',
    );
  });

  test('GOST R 7.0.100-2018 heads with the first author, names both after the slash and separates areas with en dashes', () => {
    assert.equal(
      formatCitation('gost', work),
      'Karpovich, O. G. Modern vectors of Russian diplomacy in the post-Soviet space / O. G. Karpovich, A. V. Davydova // Post-Soviet Issues. – 2021. – Vol. 8, No. 3. – P. 315–330. – DOI 10.24975/2313-8920-2021-8-3-315-330.',
    );
  });

  test('BibTeX is an @article keyed karpovich2021modern with both ISSNs and a double-hyphen page range', () => {
    assert.equal(
      formatCitation('bibtex', work),
      `@article{karpovich2021modern,
\tauthor = {Karpovich, Oleg Gennadievich and Davydova, A. V.},
\tjournal = {Post-Soviet Issues},
\tdoi = {10.24975/2313-8920-2021-8-3-315-330},
\tissn = {2313-8920, 2587-8174},
\tnumber = {3},
\tyear = {2021},
\tpages = {315--330},
\tpublisher = {Centre for Regional Studies},
\ttitle = {Modern vectors of {Russian} diplomacy in the post-{Soviet} space},
\tvolume = {8},
}
`,
    );
  });

  test('RIS is a JOUR record with start and end pages in SP and EP', () => {
    assert.equal(
      formatCitation('ris', work),
      `TY  - JOUR
AU  - Karpovich, Oleg Gennadievich
AU  - Davydova, A. V.
DA  - 2021///
PY  - 2021
DO  - 10.24975/2313-8920-2021-8-3-315-330
ID  - karpovich2021modern
IS  - 3
LA  - en
SN  - 2313-8920, 2587-8174
SP  - 315
EP  - 330
T2  - Post-Soviet Issues
TI  - Modern vectors of Russian diplomacy in the post-Soviet space
VL  - 8
ER  - 
`,
    );
  });

  test('CSL-JSON is an array holding one article-journal item without URL, note or access date', () => {
    assert.deepEqual(JSON.parse(formatCitation('csl-json', work)), [
      {
        id: 'karpovich2021modern',
        'citation-key': 'karpovich2021modern',
        type: 'article-journal',
        title: 'Modern vectors of Russian diplomacy in the post-Soviet space',
        author: [
          { family: 'Karpovich', given: 'Oleg Gennadievich' },
          { family: 'Davydova', given: 'A. V.' },
        ],
        'container-title': 'Post-Soviet Issues',
        ISSN: '2313-8920, 2587-8174',
        issued: { 'date-parts': [[2021]] },
        volume: '8',
        issue: '3',
        page: '315-330',
        DOI: '10.24975/2313-8920-2021-8-3-315-330',
        language: 'en',
        publisher: 'Centre for Regional Studies',
      },
    ]);
  });
});

describe('pinpointed citations (¶ 41 of “Central Asia”, accessed 29 November 2026)', () => {
  const cite = (format: CitationFormat) => formatCitation(format, work, pinpoint, accessed);
  const DOI = 'https://doi.org/10.24975/2313-8920-2021-8-3-315-330';
  const URL = 'https://example.org/karpovich-davydova-2021/central-asia/#p41';

  test('APA 7 keeps the full entry, adds the section and paragraph after the DOI and a Retrieved … from line', () => {
    assert.equal(
      cite('apa'),
      `Karpovich, O. G., & Davydova, A. V. (2021). Modern vectors of Russian diplomacy in the post-Soviet space. Post-Soviet Issues, 8(3), 315–330. ${DOI} (Central Asia section, para. 41). Retrieved November 29, 2026, from ${URL}`,
    );
  });

  test('Chicago puts the locator under the heading, then the access date before the URL', () => {
    assert.equal(
      cite('chicago'),
      `Karpovich, Oleg Gennadievich, and A. V. Davydova. 2021. “Modern Vectors of Russian Diplomacy in the Post-Soviet Space.” Post-Soviet Issues 8 (3): 315–30. ${DOI}. Under “Central Asia,” para. 41. Accessed November 29, 2026. ${URL}.`,
    );
  });

  test('MLA 9 adds the section, par. 41 and the URL as a second container and ends with the access date', () => {
    assert.equal(
      cite('mla'),
      `Karpovich, Oleg Gennadievich, and A. V. Davydova. “Modern Vectors of Russian Diplomacy in the Post-Soviet Space.” Post-Soviet Issues, vol. 8, no. 3, 2021, pp. 315–30, ${DOI}. “Central Asia,” par. 41, ${URL}. Accessed 29 Nov. 2026.`,
    );
  });

  test('GOST adds the section and paragraph, then URL: with the date of access as DD.MM.YYYY', () => {
    assert.equal(
      cite('gost'),
      `Karpovich, O. G. Modern vectors of Russian diplomacy in the post-Soviet space / O. G. Karpovich, A. V. Davydova // Post-Soviet Issues. – 2021. – Vol. 8, No. 3. – P. 315–330. – DOI 10.24975/2313-8920-2021-8-3-315-330. – Section “Central Asia”, para. 41. – URL: ${URL} (date of access: 29.11.2026).`,
    );
  });

  test('BibTeX adds a note with the locator and access date, and the url field', () => {
    assert.equal(
      cite('bibtex'),
      `@article{karpovich2021modern,
\tauthor = {Karpovich, Oleg Gennadievich and Davydova, A. V.},
\tjournal = {Post-Soviet Issues},
\tdoi = {10.24975/2313-8920-2021-8-3-315-330},
\tissn = {2313-8920, 2587-8174},
\tnumber = {3},
\tyear = {2021},
\tnote = {Central Asia section, para. 41; accessed 2026-11-29},
\tpages = {315--330},
\tpublisher = {Centre for Regional Studies},
\ttitle = {Modern vectors of {Russian} diplomacy in the post-{Soviet} space},
\turl = {${URL}},
\tvolume = {8},
}
`,
    );
  });

  test('RIS adds N1 with the locator, UR with the stable URL and Y2 with the access date', () => {
    assert.equal(
      cite('ris'),
      `TY  - JOUR
AU  - Karpovich, Oleg Gennadievich
AU  - Davydova, A. V.
DA  - 2021///
PY  - 2021
DO  - 10.24975/2313-8920-2021-8-3-315-330
ID  - karpovich2021modern
IS  - 3
LA  - en
N1  - Central Asia section, para. 41
SN  - 2313-8920, 2587-8174
SP  - 315
EP  - 330
T2  - Post-Soviet Issues
TI  - Modern vectors of Russian diplomacy in the post-Soviet space
UR  - ${URL}
VL  - 8
Y2  - 2026/11/29/
ER  - 
`,
    );
  });

  test('CSL-JSON adds URL, note and the accessed date to the full article item', () => {
    const [item] = JSON.parse(cite('csl-json'));
    assert.deepEqual(item, {
      ...toCsl(work),
      URL,
      note: 'Central Asia section, para. 41',
      accessed: { 'date-parts': [[2026, 11, 29]] },
    });
    assert.equal(item.DOI, '10.24975/2313-8920-2021-8-3-315-330');
  });
});

describe('round trips through citation-js', () => {
  const parse = (text: string) => {
    const data = new Cite(text).data as Array<Record<string, any>>;
    assert.equal(data.length, 1);
    return data[0]!;
  };

  for (const format of ['bibtex', 'ris'] as const) {
    for (const [label, p] of [['without', undefined], ['with', pinpoint]] as const) {
      test(`${format} ${label} a pinpoint parses back to the same title, authors, volume, issue, pages and DOI`, () => {
        const item = parse(formatCitation(format, work, p, accessed));
        assert.equal(item.title, work.title);
        assert.deepEqual(item.author.map((a: { family: string }) => a.family), ['Karpovich', 'Davydova']);
        assert.equal(String(item.volume), '8');
        assert.equal(String(item.issue), '3');
        assert.equal(item.page, '315-330');
        assert.equal(item.DOI, work.doi);
        assert.equal(item['container-title'], 'Post-Soviet Issues');
        if (p) assert.equal(item.URL, pinpoint.url);
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

  test('no output gives Davydova a first name: her name always stands next to the initials A. V.', () => {
    for (const [f, text] of outputs) {
      if (f === 'csl-json') {
        assert.deepEqual(JSON.parse(text!)[0].author[1], { family: 'Davydova', given: 'A. V.' });
        continue;
      }
      const all = text!.match(/Davydova/g) ?? [];
      const withInitials = text!.match(/A\. V\. Davydova|Davydova,? A\. V\./g) ?? [];
      assert.ok(all.length > 0 && withInitials.length === all.length, `${f}: ${text}`);
    }
  });

  test('without an access date no output mentions one', () => {
    for (const f of ALL) {
      const text = formatCitation(f, work, pinpoint);
      assert.doesNotMatch(text, /Retrieved|Accessed|accessed|date of access|Y2 {2}-|2026/, f);
    }
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
    const late = new Date('2026-11-29T23:30:00Z');
    assert.match(formatCitation('mla', work, pinpoint, late), /Accessed 29 Nov\. 2026\.$/);
    assert.match(formatCitation('gost', work, pinpoint, late), /\(date of access: 29\.11\.2026\)\.$/);
  });

  test('citing the edition as a whole prints its URL without a section or paragraph', () => {
    const edition: Pinpoint = { url: work.url };
    assert.match(formatCitation('apa', work, edition), / https:\/\/doi\.org\/\S+ https:\/\/example\.org\/karpovich-davydova-2021\/$/);
    assert.match(formatCitation('gost', work, edition), /DOI 10\.24975\/2313-8920-2021-8-3-315-330\. – URL: https:\/\/example\.org\/karpovich-davydova-2021\/\.$/);
    assert.doesNotMatch(formatCitation('chicago', work, edition), /Under|para\./);
  });

  test('Chicago abbreviates page ranges by CMOS 9.64 and MLA always keeps two digits', () => {
    const pairs: Array<[number, number, string, string]> = [
      [315, 330, '315–30', '315–30'],
      [101, 108, '101–8', '101–08'],
      [321, 328, '321–28', '321–28'],
      [1496, 1500, '1496–500', '1496–500'],
      [71, 72, '71–72', '71–72'],
      [100, 104, '100–104', '100–04'],
      [998, 1001, '998–1001', '998–1001'],
    ];
    for (const [a, b, chicago, mla] of pairs) {
      assert.equal(abbreviatedRange(a, b, 'chicago'), chicago);
      assert.equal(abbreviatedRange(a, b, 'mla'), mla);
    }
  });

  test('headline case raises major words and hyphenated parts but never lowers a capital', () => {
    assert.equal(headlineCase('the role of the EU in a post-crisis world'), 'The Role of the EU in a Post-Crisis World');
    assert.equal(headlineCase('what is it for'), 'What Is It For');
  });

  test('a malformed record or pinpoint is refused rather than printed', () => {
    assert.throws(() => formatCitation('apa', { ...work, volume: Number.NaN }), TypeError);
    assert.throws(() => formatCitation('mla', work, { ...pinpoint, paragraph: 0 }), TypeError);
    assert.throws(() => formatCitation('gost', work, pinpoint, new Date('not a date')), RangeError);
    assert.throws(() => formatCitation('harvard' as CitationFormat, work), RangeError);
  });
});
