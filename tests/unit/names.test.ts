/**
 * One name form in every output. The record holds each author's given names as the byline prints them
 * («Олег Г. Карпович»: "Oleg G."; "A. V." for Davydova); every output — meta tags, JSON-LD, BibTeX, RIS,
 * CSL-JSON, APA, Chicago, MLA, GOST, the page header — uses that form or the initials derived from it,
 * and none adds a name the print does not show (the patronymic is known only from elsewhere: FACTS.md).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import yaml from 'js-yaml';
import type { ArticleRecord } from '../../src/lib/digest.ts';
import { CITATION_FORMATS, formatCitation, inTextCitation } from '../../src/lib/citation/index.ts';
import { articleJsonLd, citationWork, dublinCoreTags, highwireTags, openGraphArticleTags } from '../../src/lib/citation/metadata.ts';
import { authorLine } from '../../src/lib/citation/bibliography.ts';
import { initialsOf } from '../../src/lib/citation/names.ts';

const record = yaml.load(readFileSync(new URL('../../content/articles/karpovich-davydova-2021/article.yaml', import.meta.url), 'utf8')) as ArticleRecord;
const URL_ = 'https://example.org/karpovich-davydova-2021/';
const work = citationWork(record, URL_);
const pinpoint = { sectionTitle: 'Central Asia', sectionId: 'central-asia', paragraph: 41, url: `${URL_}central-asia/#p41` };

/** Every output that names the authors, by where it goes. */
const outputs: Record<string, string> = {
  ...Object.fromEntries(CITATION_FORMATS.map((f) => [f.id, formatCitation(f.id, work)])),
  ...Object.fromEntries(CITATION_FORMATS.map((f) => [`${f.id} (¶)`, formatCitation(f.id, work, pinpoint, new Date(Date.UTC(2026, 0, 9)))])),
  'in-text (APA)': inTextCitation('apa', work, { first: 41 }),
  'Highwire tags': highwireTags(record, URL_).map((t) => t.content).join('\n'),
  'Dublin Core': dublinCoreTags(record).map((t) => t.content).join('\n'),
  OpenGraph: openGraphArticleTags(record).map((t) => t.content).join('\n'),
  'JSON-LD': JSON.stringify(articleJsonLd(record, URL_)),
  'page header': authorLine(record),
};

describe('author names', () => {
  test('the record gives the names as the byline prints them', () => {
    assert.deepEqual(record.authors.map((a) => [a.family, a.given, a.ru]), [
      ['Karpovich', 'Oleg G.', 'Олег Г. Карпович'],
      ['Davydova', 'A. V.', 'А. В. Давыдова'],
    ]);
  });

  test('initials are derived from the printed given names', () => {
    assert.deepEqual(['Oleg G.', 'A. V.', 'Jean-Paul', 'Олег Г.'].map(initialsOf), ['O. G.', 'A. V.', 'J.-P.', 'О. Г.']);
  });

  test('no output carries a patronymic the print does not show', () => {
    for (const [where, text] of Object.entries(outputs)) assert.doesNotMatch(text, /Gennad|Геннад/, where);
  });

  test('every output names each author in the printed form or its initials, and in no other form', () => {
    for (const a of record.authors) {
      const forms = [a.given, initialsOf(a.given)].map((g) => g.replace(/[.]/g, '\\.'));
      // The given names next to the family name, either way round ("Oleg G. Karpovich", "Karpovich, O. G.").
      const named = new RegExp(`(?:${forms.join('|')}) ${a.family}|${a.family},? (?:${forms.join('|')})(?![\\p{L}])`, 'gu');
      for (const [where, text] of Object.entries(outputs)) {
        // JSON-LD and CSL-JSON hold the parts apart: the given names must be the printed ones.
        for (const m of text.matchAll(/"given(?:Name)?":\s*"([^"]*)"/g)) assert.ok(record.authors.some((r) => r.given === m[1]), `${where}: given "${m[1]}"`);
        if (/"given/.test(text)) continue;
        const all = text.match(new RegExp(a.family, 'g')) ?? [];
        const inText = where.startsWith('in-text') ? all.length : 0; // an in-text citation names the family alone
        assert.equal((text.match(named) ?? []).length + inText, all.length, `${where}: ${text}`);
        assert.ok(all.length > 0, `${where} names ${a.family}`);
      }
    }
  });

  test('the machine-readable outputs all use the printed form, so a reference manager files one person', () => {
    assert.match(outputs['Highwire tags']!, /^Karpovich, Oleg G\.$/m);
    assert.match(outputs['Dublin Core']!, /^Karpovich, Oleg G\.$/m);
    assert.match(outputs.OpenGraph!, /^Oleg G\. Karpovich$/m);
    assert.match(outputs.bibtex!, /author = \{Karpovich, Oleg G\. and Davydova, A\. V\.\}/);
    assert.match(outputs.ris!, /^AU {2}- Karpovich, Oleg G\.$/m);
    assert.deepEqual(JSON.parse(outputs['csl-json']!)[0].author, [{ family: 'Karpovich', given: 'Oleg G.' }, { family: 'Davydova', given: 'A. V.' }]);
    assert.deepEqual(JSON.parse(outputs['JSON-LD']!).author.map((p: { givenName: string }) => p.givenName), ['Oleg G.', 'A. V.']);
  });
});
