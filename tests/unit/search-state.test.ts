import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compareNames, hasCriteria, mergeCounts, normalizeQuery, pagefindOptions, parseState, splitOptions, stateQuery, withFilter } from '../../src/lib/search/state.ts';

describe('the search page’s address', () => {
  test('reads the query, each filter and the order', () => {
    assert.deepEqual(parseState('?q=gas+prices&country=Belarus&organisation=Eurasian%20Economic%20Union&sort=date-asc'), {
      q: 'gas prices',
      filters: { country: ['Belarus'], organisation: ['Eurasian Economic Union'] },
      sort: 'date-asc',
    });
  });

  test('round-trips a state through the query string, keys in a fixed order', () => {
    const state = parseState('?treaty=Minsk+agreements&q=Kiev&country=Ukraine&country=Russia');
    assert.equal(stateQuery(state), '?q=Kiev&country=Ukraine&country=Russia&treaty=Minsk+agreements');
    assert.deepEqual(parseState(stateQuery(state)), state);
  });

  test('ignores unknown keys, empty values, repeated values and an unknown order', () => {
    assert.deepEqual(parseState('?q=&colour=red&country=&country=Georgia&country=Georgia&sort=random'), { q: '', filters: { country: ['Georgia'] } });
  });

  test('keeps typed markup as plain data, encoded in the address', () => {
    const q = '<img src=x onerror=alert(1)>';
    const state = parseState(`?q=${encodeURIComponent(q)}`);
    assert.equal(state.q, q);
    assert.equal(stateQuery(state), '?q=%3Cimg+src%3Dx+onerror%3Dalert%281%29%3E');
  });

  test('cuts very long queries', () => {
    assert.equal(parseState(`?q=${'a'.repeat(500)}`).q.length, 200);
  });

  test('an empty state has nothing to search for and an empty query string', () => {
    const empty = parseState('');
    assert.equal(hasCriteria(empty), false);
    assert.equal(stateQuery(empty), '');
    assert.equal(hasCriteria(parseState('?region=Central+Asia')), true);
  });

  test('becomes Pagefind’s search options', () => {
    assert.deepEqual(pagefindOptions(parseState('?q=x&country=Armenia&type=Article+section&sort=date-desc')), {
      filters: { type: ['Article section'], country: ['Armenia'] },
      sort: { date: 'desc' },
    });
    assert.deepEqual(pagefindOptions(parseState('?q=x')), { filters: {} });
  });

  test('sets and clears one filter', () => {
    const state = withFilter(parseState('?q=x&country=Armenia&region=South+Caucasus'), 'country', 'Georgia');
    assert.deepEqual(state.filters, { country: ['Georgia'], region: ['South Caucasus'] });
    assert.deepEqual(withFilter(state, 'region', '').filters, { country: ['Georgia'] });
  });

  test('takes only its own orders: names of inherited properties are ignored', () => {
    for (const sort of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      assert.deepEqual(parseState(`?q=x&sort=${sort}`), { q: 'x', filters: {} }, sort);
    }
  });

  test('drops characters that split a word invisibly, and bidirectional controls', () => {
    assert.equal(normalizeQuery('Ak\u200Btau'), 'Aktau');
    assert.equal(normalizeQuery('\uFEFFgas\u00ADprom'), 'gasprom');
    assert.equal(normalizeQuery('Aktau \u202Ezz\u202C'), 'Aktau zz');
    assert.equal(parseState('?q=%E2%80%8BMinsk%E2%80%8B').q, 'Minsk');
    assert.deepEqual(parseState('?country=Bela%E2%80%8Crus').filters, { country: ['Belarus'] });
  });

  test('collapses runs of spaces and cuts a pasted page of text to 200 characters', () => {
    assert.equal(normalizeQuery('  gas \n\t prices  '), 'gas prices');
    assert.equal(normalizeQuery('x'.repeat(500)).length, 200);
  });
});

describe('the results page’s two lists', () => {
  test('passages of the text and entity pages are searched apart, each with the reader’s filters', () => {
    const split = splitOptions(parseState('?q=gas&country=Belarus&sort=date-asc'))!;
    assert.deepEqual(split.passages, { filters: { country: ['Belarus'], type: { any: ['Article section', 'Full text', 'Front matter in Russian'] } }, sort: { date: 'asc' } });
    assert.deepEqual(split.pages.filters.type, { any: ['Region', 'Country', 'Place', 'Organisation', 'Treaty', 'Person'] });
    assert.deepEqual(split.pages.filters.country, ['Belarus']);
  });

  test('a chosen kind of page gives one list', () => {
    assert.equal(splitOptions(parseState('?q=gas&type=Country')), undefined);
  });
});

test('the counts of a split search add up to those of the whole: each value counted in either half', () => {
  const passages = { type: { 'Article section': 18, Country: 0 }, country: { Russia: 30, Belarus: 9 } };
  const pages = { type: { 'Article section': 0, Country: 1 }, country: { Russia: 19, Spain: 0 } };
  assert.deepEqual(mergeCounts(passages, pages), { type: { 'Article section': 18, Country: 1 }, country: { Russia: 49, Belarus: 9, Spain: 0 } });
  assert.deepEqual(mergeCounts({}, pages), pages);
});

describe('the order of a filter’s values', () => {
  test('is alphabetical without regard to case or accents, as a reader expects of a list of names', () => {
    const names = ['Zimbabwe', 'Åland', 'Turkmenistan', 'aland', 'Türkiye', 'Armenia', 'Collective Security Treaty Organization', 'CIS'];
    assert.deepEqual([...names].sort(compareNames), ['aland', 'Åland', 'Armenia', 'CIS', 'Collective Security Treaty Organization', 'Türkiye', 'Turkmenistan', 'Zimbabwe']);
  });

  test('agrees with an English collator on the names of the real filters', () => {
    const names = ['Russia', 'Republic of Moldova', 'Eurasian Economic Union', 'EU', 'Belarus', 'Central Asia', 'South Caucasus', 'Kyrgyzstan', 'Union State of Russia and Belarus'];
    assert.deepEqual([...names].sort(compareNames), [...names].sort(new Intl.Collator('en').compare));
  });

  test('is total: names that differ only in accents or case still come in one fixed order', () => {
    assert.equal(compareNames('Aland', 'Åland'), -compareNames('Åland', 'Aland'));
    assert.notEqual(compareNames('Aland', 'aland'), 0);
    assert.equal(compareNames('Belarus', 'Belarus'), 0);
  });
});
