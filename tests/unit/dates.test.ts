import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compareSpans, formatSpan, parseDateSpan, parsePartialDate, toDatetime, type DateSpan } from '../../src/lib/timeline/dates.ts';

const span = (s: string) => {
  const r = parseDateSpan(s);
  if (typeof r === 'string') throw new Error(r);
  return r;
};

describe('partial dates', () => {
  test('keep the precision the source gives', () => {
    assert.deepEqual(parsePartialDate('2021'), { year: 2021, precision: 'year' });
    assert.deepEqual(parsePartialDate('2021-06'), { year: 2021, month: 6, precision: 'month' });
    assert.deepEqual(parsePartialDate('2021-06-14'), { year: 2021, month: 6, day: 14, precision: 'day' });
  });

  test('reject impossible days, months and shapes with a message naming the value', () => {
    assert.equal(parsePartialDate('2021-02-29'), '"2021-02-29" is not a day of February 2021');
    assert.deepEqual(parsePartialDate('2020-02-29'), { year: 2020, month: 2, day: 29, precision: 'day' });
    assert.equal(parsePartialDate('2021-13'), '"2021-13" has no month 13');
    assert.match(String(parsePartialDate('June 2021')), /not a date of the form/);
    assert.match(String(parsePartialDate('21-06-14')), /not a date of the form/);
  });

  test('intervals must not end before they start', () => {
    assert.equal(parseDateSpan('2020/2019'), '"2020/2019" ends before it starts');
    assert.match(String(parseDateSpan('2019/2020/2021')), /more than one/);
    assert.deepEqual(span('2019/2020').end, { year: 2020, precision: 'year' });
  });

  test('sort mixed precisions chronologically, a year before the months inside it', () => {
    const input = ['2021-06-14', '2020', '2021', '2019/2020', '2021-06', '2020-11-10', '2021-01'];
    const sorted = input.map((s) => [s, span(s)] as [string, DateSpan]).sort((a, b) => compareSpans(a[1], b[1])).map(([s]) => s);
    assert.deepEqual(sorted, ['2019/2020', '2020', '2020-11-10', '2021', '2021-01', '2021-06', '2021-06-14']);
  });

  test('render for people and for <time datetime> at their own precision', () => {
    assert.equal(formatSpan(span('2020-11-10')), '10 November 2020');
    assert.equal(formatSpan(span('2021-06')), 'June 2021');
    assert.equal(formatSpan(span('2019/2020')), '2019–2020');
    assert.equal(toDatetime(span('2021-06').start), '2021-06');
    assert.equal(toDatetime(span('2020-11-10').start), '2020-11-10');
  });
});
