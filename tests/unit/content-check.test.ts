/**
 * The checks that run before Astro reads any content (src/lib/content-check.ts): every message names the
 * file, the line where it can be found, the field and the value, in plain words.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { bodyParagraphs, checkContent, correctionErrors, dateErrors, findLine, redirectErrors } from '../../src/lib/content-check.ts';

const section = (over: Partial<Parameters<typeof dateErrors>[1][number]> = {}) => ({
  file: 's.mdx', text: '---\nid: s\ndate: "2020/2021"\nevents:\n  - id: e\n    date: "2020"\n---\n', date: '2020/2021', events: [], ...over,
});

describe('dates an article cannot report', () => {
  test('dates within the section period and up to the publication year pass', () => {
    assert.deepEqual(dateErrors({ year: 2021 }, [section({ events: [{ id: 'e', date: '2021-12-31' }, { id: 'f', date: '2020-06' }] })]), []);
  });

  test('a section period ending after publication names file, line, field and value', () => {
    assert.deepEqual(dateErrors({ year: 2021 }, [section({ date: '2020/2099', text: '---\nid: s\ndate: "2020/2099"\n---\n' })]), [
      's.mdx, line 3: field "date" "2020/2099" ends after the article was published (2021)',
    ]);
  });

  test('an event after publication stops the build unless the article announces it as planned or expected', () => {
    assert.deepEqual(dateErrors({ year: 2021 }, [section({ date: '2020/2021', events: [{ id: 'e', date: '2099' }] })]), [
      's.mdx, line 5: field "events.e.date" "2099" is after the article was published (2021); mark it status: planned if the article announces it',
    ]);
    assert.deepEqual(dateErrors({ year: 2021 }, [section({ events: [{ id: 'e', date: '2022-03', status: 'planned' }] })]), []);
    assert.deepEqual(dateErrors({ year: 2021 }, [section({ events: [{ id: 'e', date: '2022', status: 'expected' }] })]), []);
  });

  test('an event outside its section period stops the build', () => {
    assert.deepEqual(dateErrors({ year: 2021 }, [section({ events: [{ id: 'e', date: '1990-05-01' }] })]), [
      's.mdx, line 5: field "events.e.date" "1990-05-01" is outside the section\'s period "2020/2021"',
    ]);
  });

  test('an event partly overlapping the period passes: the period is what the section describes', () => {
    assert.deepEqual(dateErrors({ year: 2021 }, [section({ events: [{ id: 'e', date: '2019/2020' }] })]), []);
  });
});

describe('corrections', () => {
  const file = 'corrections.yaml';
  const text = 'corrections:\n  - id: typo\n    paragraph: 2\n';
  const source = 'First para-\ngraph.\n\nThe Azerbaijjan text.\n';
  const paragraphs = ['First paragraph.', 'The Azerbaijan text.'];
  const p = (n: number) => paragraphs[n - 1];
  const fix = { id: 'typo', paragraph: 2, before: 'Azerbaijjan', after: 'Azerbaijan' };

  test('a correction that matches the received text and was applied passes', () => {
    assert.deepEqual(correctionErrors(file, text, [fix], source, p), []);
  });

  test('a phrase split across a line by the PDF is still found', () => {
    assert.deepEqual(correctionErrors(file, text, [{ ...fix, paragraph: 1, before: 'First paragraph', after: 'First paragraph' }], source, p), []);
  });

  test('a before that is not in the received text stops the build', () => {
    assert.deepEqual(correctionErrors(file, text, [{ ...fix, before: 'Azerbaijjjan' }], source, p), [
      'corrections.yaml, line 2: correction "typo": field "before" "Azerbaijjjan" is not in the received text (source.txt)',
    ]);
  });

  test('a correction never applied to the text stops the build', () => {
    const unapplied = (n: number) => ['First paragraph.', 'The Azerbaijjan text.'][n - 1];
    assert.deepEqual(correctionErrors(file, text, [fix], source, unapplied), [
      'corrections.yaml, line 2: correction "typo": field "after" "Azerbaijan" is not what ¶ 2 of the text reads; the correction was not applied (or names the wrong paragraph)',
    ]);
  });

  test('a before found more than once is refused: it must name one place', () => {
    assert.match(correctionErrors(file, text, [{ ...fix, before: 'a' }], source, p).join(''), /field "before" "a" occurs \d+ times in the received text/);
  });
});

test('body paragraphs leave out headings, as ¶ numbering does', () => {
  assert.deepEqual(bodyParagraphs('One\nline.\n\n<h4 id="x">H</h4>\n\nTwo.\n'), ['One line.', 'Two.']);
});

test('a field is found by its keys in order, from a record’s first line', () => {
  assert.equal(findLine('- id: a\n  name: A\n- id: b\n  name: B\n', ['name'], 3), 4);
  assert.equal(findLine('a: 1\n', ['missing']), 0);
});

describe('the whole check over a content folder', () => {
  const base = join(import.meta.dirname, '../fixtures/base');
  const withFile = (rel: string, text: string, run: (dir: string) => void) => {
    const dir = mkdtempSync(join(tmpdir(), 'content-check-'));
    cpSync(base, dir, { recursive: true });
    writeFileSync(join(dir, rel), text);
    try {
      run(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  test('the valid base fixture and the real content pass', () => {
    assert.deepEqual(checkContent(base), []);
    assert.deepEqual(checkContent(join(import.meta.dirname, '../../content')), []);
  });

  test('a duplicate record id names the second record and its line', () => {
    withFile('entities/regions.yaml', '- id: r\n  name: R\n  description: A region.\n- id: r\n  name: R2\n  description: Another.\n', (dir) => {
      assert.deepEqual(checkContent(dir), [`${join(dir, 'entities/regions.yaml')} (r), line 4: field "id" "r" is used by another record of the file (record 1)`]);
    });
  });

  test('YAML that does not parse names the file and line', () => {
    withFile('entities/regions.yaml', '- id: r\n  name: [unclosed\n', (dir) => {
      assert.match(checkContent(dir).join('\n'), /entities\/regions\.yaml, line \d: not valid YAML/);
    });
  });

  test('a datasets file whose licence has no address names the file, the line and the field before the build', () => {
    withFile('datasets.yaml', 'editionLicence:\n  name: X\n  spdx: X\n  url: not-a-url\neditionLicenceNote: a\narticleLicenceNote: b\n', (dir) => {
      assert.deepEqual(checkContent(dir), [`${join(dir, 'datasets.yaml')}, line 4: field "editionLicence.url" Invalid URL; found "not-a-url"`]);
    });
  });

  test('a section without frontmatter is named', () => {
    withFile('articles/test-article/sections/02-conclusion.mdx', 'Just text.\n', (dir) => {
      assert.deepEqual(checkContent(dir), [`${join(dir, 'articles/test-article/sections/02-conclusion.mdx')}: has no frontmatter block (--- … ---) at its top`]);
    });
  });

  test('a correction whose before is not in source.txt stops the check, as the README promises', () => {
    withFile('articles/test-article/corrections.yaml', 'corrections:\n  - id: x\n    paragraph: 1\n    before: Atlantis\n    after: Georgia\n    reason: A test.\n', (dir) => {
      assert.deepEqual(checkContent(dir), [
        `${join(dir, 'articles/test-article/corrections.yaml')}, line 2: correction "x": field "before" "Atlantis" is not in the received text (source.txt)`,
      ]);
    });
  });
});

test('a redirect from a path that is still a page names content/redirects.yaml, its line and the page', () => {
  const pages = new Map([['/a/intro/', 'sections/01-intro.mdx, id "intro"']]);
  assert.deepEqual(redirectErrors('content/redirects.yaml', '# note\n/a/intro/: /a/new/\n', { '/a/intro/': '/a/new/' }, pages), [
    'content/redirects.yaml, line 2: redirect from "/a/intro/": that path is still a page of the site (sections/01-intro.mdx, id "intro"); remove the redirect, or change the page\'s id',
  ]);
  assert.deepEqual(redirectErrors('content/redirects.yaml', '', { '/a/old/': '/a/intro/' }, pages), []);
});
