import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { aliasAttribute, decodeEntities, excerptParts, openingWords, otherNames } from '../../src/lib/search/aliases.ts';
import { searchNames } from '../../src/lib/entities/names.ts';

const kyiv = { searchNames: searchNames({ name: 'Kyiv', names: ['Kiev'], aliases: ['Київ', 'Киев'] }) };
const donetsk = { searchNames: searchNames({ name: 'Donetsk region', names: ['Donetsk'], aliases: ['Donbas', 'ДНР'] }) };
const luhansk = { searchNames: searchNames({ name: 'Luhansk region', names: ['Luhansk'], aliases: ['Donbas', 'ЛНР'] }) };

describe('the other names indexed with a paragraph', () => {
  test('are the names of the entities it mentions that its text does not use, once each', () => {
    assert.deepEqual(otherNames('Kiev refuses to talk with Donetsk and Luhansk.', [kyiv, donetsk, luhansk]), [
      'Kyiv', 'Київ', 'Киев', 'Donetsk region', 'Donbas', 'ДНР', 'Luhansk region', 'ЛНР',
    ]);
  });

  test('are fenced word by word, each word once, and absent when there are none', () => {
    assert.equal(aliasAttribute(['Kyiv', 'Donetsk region', 'Luhansk region']), '⁅Kyiv⁆ ⁅Donetsk⁆ ⁅region⁆ ⁅Luhansk⁆');
    assert.equal(aliasAttribute([]), undefined);
  });
});

describe('a search excerpt', () => {
  test('loses the fenced alias words and reports those that matched', () => {
    const r = excerptParts('<mark>⁅Kyiv⁆</mark> ⁅Київ⁆ ⁅Киев⁆ Russia’s demand for the implementation of the Minsk agreements in <mark>Kiev</mark>');
    assert.deepEqual(r.aliases, ['Kyiv']);
    assert.deepEqual(r.parts, [
      { text: 'Russia’s demand for the implementation of the Minsk agreements in ', mark: false },
      { text: 'Kiev', mark: true },
    ]);
    assert.equal(r.words, 11);
  });

  test('reports adjacent matched alias words as one name', () => {
    assert.deepEqual(excerptParts('⁅EEU⁆ <mark>⁅Eurasian⁆</mark> <mark>⁅Union⁆</mark> ⁅ЕАЭС⁆ <mark>⁅Евразийский⁆</mark> the EAEU').aliases, ['Eurasian Union', 'Евразийский']);
  });

  test('that is all alias words leaves nothing to show', () => {
    const r = excerptParts('⁅Atlantic⁆ ⁅Treaty⁆ <mark>⁅Kyiv⁆</mark> ⁅Київ⁆');
    assert.deepEqual(r, { parts: [], aliases: ['Kyiv'], words: 0 });
  });

  test('keeps escaped markup as text, never as elements', () => {
    const r = excerptParts('a &lt;img src=x onerror=alert(1)&gt; and &quot;&gt;&lt;script&gt; <mark>x</mark> &amp;&#39;&#x27;');
    assert.deepEqual(r.parts, [
      { text: 'a <img src=x onerror=alert(1)> and "><script> ', mark: false },
      { text: 'x', mark: true },
      { text: " &''", mark: false },
    ]);
  });

  test('decodes numeric and named entities and leaves unknown ones alone', () => {
    assert.equal(decodeEntities('&#1050;&#x438;&amp;&unknown;&#xFFFFFFF;'), 'Ки&&unknown;&#xFFFFFFF;');
  });

  test('falls back to the paragraph’s opening words, without its ¶ permalink', () => {
    assert.equal(openingWords('¶Paragraph 20 Russia’s demand for the implementation', 3), 'Russia’s demand for …');
    assert.equal(openingWords('Short text.'), 'Short text.');
  });
});
