import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { bodyParagraphs } from '../../src/lib/content-check.ts';
import { buildMentionIndex } from '../../src/lib/entities/mention-index.ts';
import type { Named } from '../../src/lib/entities/mentions.ts';
import { sectionParagraphs } from '../../src/markdown/section-paragraphs.ts';

const entities: Named[] = [
  { kind: 'countries', id: 'armenia', names: ['Armenia'] },
  { kind: 'organisations', id: 'eaeu', names: ['Eurasian Economic Union'] },
];

describe('a section’s paragraphs as readers see them', () => {
  test('lose emphasis markers, link targets and element tags, and keep their words', () => {
    const body = 'Armenia is *a member* of the [Eurasian Economic Union](https://example.org/eaeu).\n\n<span lang="ru">Армения</span> and **Armenia**<sup>1</sup>.\n';
    assert.deepEqual(sectionParagraphs(body), ['Armenia is a member of the Eurasian Economic Union.', 'Армения and Armenia1.']);
  });

  test('leave headings out, as the ¶ numbering does', () => {
    assert.deepEqual(sectionParagraphs('One\nline.\n\n<h4 id="x">H</h4>\n\n#### Also a heading\n\nTwo.\n'), ['One line.', 'Two.']);
  });

  test('are as many as the source check counts, in every section of the real article', () => {
    const root = 'content/articles';
    for (const article of readdirSync(root)) {
      const dir = join(root, article, 'sections');
      for (const file of readdirSync(dir)) {
        const body = readFileSync(join(dir, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
        assert.equal(sectionParagraphs(body).length, bodyParagraphs(body).length, `${article}/${file}`);
      }
    }
  });
});

describe('backlink quotes', () => {
  test('quote the rendered text, not the Markdown', () => {
    const index = buildMentionIndex(entities, [
      { article: 'a', section: 's', first: 7, body: 'Since 2015 *Armenia* has been a member of the [Eurasian Economic Union](/organisations/eaeu/).' },
    ]);
    const [armenia] = index.of('countries', 'armenia');
    assert.deepEqual(armenia, { article: 'a', section: 's', paragraph: 7, context: { before: 'Since 2015 ', match: 'Armenia', after: ' has been a member of the Eurasian Economic Union.' } });
    assert.equal(index.of('organisations', 'eaeu')[0]!.context.before, 'Since 2015 Armenia has been a member of the ');
  });
});
