import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyCorrections, firstDifference, receivedBlocks, sentences } from '../helpers/received-text.ts';

const SOURCE = [
  'Front matter that is skipped.',
  ' INTRODUCTION',
  '',
  'The post-',
  'Soviet space is wide.  It spans',
  'two continents [1].',
  ' A page break after a sentence starts a paragraph.',
  'A line with a page',
  ' break mid-sentence does not.',
  '',
  '2021;8(3):315-330',
  '',
  'CONCLUSION',
  '',
  'Azerbaijjan and ofthe.',
].join('\n');
const RULES = { start: 'INTRODUCTION', runningHeader: '^\\s*2021;8\\(3\\):315-330\\s*$' };

describe('the received text', () => {
  test('joins lines, keeps compound hyphens and collapses doubled spaces', () => {
    const blocks = receivedBlocks(SOURCE, RULES);
    assert.deepEqual(blocks[0], { kind: 'heading', text: 'INTRODUCTION' });
    assert.equal(blocks[1]!.text, 'The post-Soviet space is wide. It spans two continents [1].');
  });

  test('starts a paragraph at a page break only after a sentence ends', () => {
    const paras = receivedBlocks(SOURCE, RULES).filter((b) => b.kind === 'paragraph').map((b) => b.text);
    assert.equal(paras[1], 'A page break after a sentence starts a paragraph. A line with a page break mid-sentence does not.');
  });

  test('drops the running header with the blank lines around it', () => {
    const text = receivedBlocks('INTRODUCTION\n\nThere is\n\n2021;8(3):315-330\n\nevery reason.\n', RULES).map((b) => b.text);
    assert.deepEqual(text, ['INTRODUCTION', 'There is every reason.']);
  });

  test('applies each correction exactly once and refuses ambiguous ones', () => {
    const out = applyCorrections(['Azerbaijjan and ofthe.'], [{ id: 'a', before: 'Azerbaijjan', after: 'Azerbaijan' }, { id: 'o', before: 'ofthe', after: 'of the' }]);
    assert.deepEqual(out, ['Azerbaijan and of the.']);
    assert.throws(() => applyCorrections(['x x'], [{ id: 'x', before: 'x', after: 'y' }]), /occurs 2 times/);
    assert.throws(() => applyCorrections(['x'], [{ id: 'z', before: 'z', after: 'y' }]), /occurs 0 times/);
  });

  test('splits sentences after citation markers and closing quotes', () => {
    assert.deepEqual(sentences('It grew [4]. Then “it fell.” Then [5] more.'), ['It grew [4].', 'Then “it fell.”', 'Then [5] more.']);
  });

  test('reports the first differing sentence', () => {
    assert.equal(firstDifference(['a.', 'b.'], ['a.', 'b.']), null);
    assert.equal(firstDifference(['a.', 'b.'], ['a.']), 'sentence 2: expected "b.", found "(end of text)"');
  });
});
