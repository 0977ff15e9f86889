/**
 * The cite box's templates: filled in the browser, they must give exactly what the citation library
 * gives for the same section, paragraph, URL and date — for every format and every real section.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import yaml from 'js-yaml';
import { CITATION_FORMATS, formatCitation } from '../../src/lib/citation/index.ts';
import { checkTemplates, citationTemplates, inTextTemplates, type SectionPlace } from '../../src/lib/citation/cite-data.ts';
import { fillTemplate, localDay, PLACEHOLDER } from '../../src/lib/citation/cite-template.ts';
import type { ArticleRecord } from '../../src/lib/digest.ts';
import { citationWork } from '../../src/lib/citation/metadata.ts';

const dir = new URL('../../content/articles/karpovich-davydova-2021/', import.meta.url);
const record = yaml.load(readFileSync(new URL('article.yaml', dir), 'utf8')) as ArticleRecord;
const work = citationWork(record, 'https://example.org/karpovich-davydova-2021/');
// The real sections, from their frontmatter.
const sections: SectionPlace[] = readdirSync(new URL('sections/', dir))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const fm = yaml.load(readFileSync(new URL(`sections/${f}`, dir), 'utf8').split(/^---$/m)[1]!) as { id: string; title: string; paragraphs: { first: number; last: number } };
    return { id: fm.id, title: fm.title, url: `https://example.org/karpovich-davydova-2021/${fm.id}/`, ...fm.paragraphs };
  });
const templates = { section: citationTemplates(work, false), paragraph: citationTemplates(work, true), inText: inTextTemplates(work) };
const dates = [new Date(Date.UTC(2026, 0, 9)), new Date(Date.UTC(2027, 11, 31)), new Date(Date.UTC(2030, 4, 1))];
const dayOf = (d: Date) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });

describe('filled templates equal the library’s own output', () => {
  test(`for all ${sections.length} sections, their first paragraphs, every format and three access dates`, () => {
    assert.ok(sections.length > 10);
    for (const date of dates) assert.deepEqual(checkTemplates(work, templates, sections, date), []);
  });

  test('for every paragraph of one section, whose ¶ numbers differ in length from the placeholder', () => {
    const s = sections.find((x) => x.id === 'georgia')!;
    for (let n = s.first; n <= s.last; n++) {
      for (const { id } of CITATION_FORMATS) {
        const pinpoint = { sectionTitle: s.title, sectionId: s.id, paragraph: n, url: `${s.url}#p${n}` };
        const filled = fillTemplate(id, templates.paragraph[id], { sectionTitle: s.title, sectionId: s.id, sectionUrl: s.url, paragraph: n, date: dayOf(dates[0]!) });
        assert.equal(filled, formatCitation(id, work, pinpoint, dates[0]), `${id} ¶ ${n}`);
      }
    }
  });

  test('CSL-JSON stays valid JSON when a section title holds quotation marks and backslashes', () => {
    const pinpoint = { sectionTitle: 'The "so-called" \\ issue', sectionId: 'b', paragraph: 3, url: 'https://example.org/a/b/#p3' };
    const filled = fillTemplate('csl-json', templates.paragraph['csl-json'], { ...pinpoint, sectionUrl: 'https://example.org/a/b/', date: dayOf(dates[1]!) });
    assert.equal(filled, formatCitation('csl-json', work, pinpoint, dates[1]));
    assert.equal(JSON.parse(filled)[0].note, 'The "so-called" \\ issue section, para. 3');
  });

  test('a "$&" in a title is copied as written, not read as a replacement pattern', () => {
    const pinpoint = { sectionTitle: 'Costs in $& terms', sectionId: 'b', url: 'https://example.org/a/b/' };
    assert.equal(fillTemplate('gost', templates.section.gost, { ...pinpoint, sectionUrl: pinpoint.url, date: dayOf(dates[2]!) }), formatCitation('gost', work, pinpoint, dates[2]));
  });

  test('for a record without a publisher: no howpublished on @article (biber refuses it), the url kept', () => {
    const bare = { ...work, journal: { ...work.journal, publisher: undefined } };
    const t = { section: citationTemplates(bare, false), paragraph: citationTemplates(bare, true), inText: inTextTemplates(bare) };
    assert.doesNotMatch(t.paragraph.bibtex, /howpublished/);
    assert.match(t.paragraph.bibtex, /url = \{/);
    assert.deepEqual(checkTemplates(bare, t, sections, dates[0]!), []);
  });
});

test('a short citation key (RIS IDs stop at 20 characters) gives the same files from templates as from the library', () => {
  const short = { ...work, title: 'A small test article', authors: [{ family: 'Li', given: 'T. T.' }] };
  const t = { section: citationTemplates(short, false), paragraph: citationTemplates(short, true), inText: inTextTemplates(short) };
  const few = [{ id: 'a', title: 'A', url: 'https://example.org/a/a/', first: 1, last: 2 }];
  assert.deepEqual(checkTemplates(short, t, few, dates[0]!), []);
});

describe('what templates cannot foresee is caught', () => {
  test('a template that no longer matches the library is reported, naming the format and the section', () => {
    const stale = { ...templates, paragraph: { ...templates.paragraph, gost: templates.paragraph.gost.replace('para.', 'paragraph') } };
    const s = sections[0]!;
    const errors = checkTemplates(work, stale, [s], dates[0]!);
    assert.ok(errors.length > 0 && errors.every((e) => e.startsWith(`gost template for “${s.title}” ¶ ${s.first}`)), errors.join('\n'));
  });

  test('the in-text templates give each style’s paragraph citation', () => {
    const fill = (style: 'apa' | 'chicago' | 'mla') => fillTemplate(style, templates.inText[style], { sectionTitle: 'x', sectionId: 'x', sectionUrl: 'https://example.org/x/', paragraph: 41, date: dayOf(dates[0]!) });
    assert.deepEqual([fill('apa'), fill('chicago'), fill('mla')], ['(Karpovich & Davydova, 2021, para. 41)', '(Karpovich and Davydova 2021, para. 41)', '(Karpovich and Davydova, par. 41)']);
  });
});

test('templates hold the placeholders, and the access date the reader sees is their own calendar day', () => {
  assert.ok(templates.paragraph.gost.includes(PLACEHOLDER.url) && templates.paragraph.gost.includes(String(PLACEHOLDER.paragraph)));
  assert.deepEqual(localDay(new Date(2026, 0, 9, 23, 30)), { year: 2026, month: 1, day: 9 });
});
