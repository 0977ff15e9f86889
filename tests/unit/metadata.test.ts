/** Metadata builders: Highwire Press, Dublin Core, OpenGraph and JSON-LD from the one article record. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import yaml from 'js-yaml';
import type { ArticleRecord } from '../../src/lib/digest.ts';
import {
  articleJsonLd,
  articleNodeId,
  citationWork,
  dublinCoreTags,
  highwireTags,
  openGraphArticleTags,
  prismTags,
  sectionJsonLd,
  sectionTopics,
  serializeJsonLd,
  type SectionMeta,
  type Topic,
} from '../../src/lib/citation/metadata.ts';

// The real record, read as the site reads it: values are compared with it, never retyped.
const record = yaml.load(readFileSync(new URL('../../content/articles/karpovich-davydova-2021/article.yaml', import.meta.url), 'utf8')) as ArticleRecord;
const SITE = 'https://example.org';
const ARTICLE_URL = `${SITE}/${record.id}/`;
const topic = (kind: Topic['kind'], id: string, name = id): Topic => ({ kind, id, name, url: `${SITE}/${kind}/${id}/` });
const sections: SectionMeta[] = [
  { id: 'introduction', title: 'Introduction', heading: 'article', url: `${ARTICLE_URL}introduction/`, order: 1, about: [topic('countries', 'russia'), topic('organisations', 'cis')], mentions: [topic('regions', 'central-asia')] },
  { id: 'georgia', title: 'Georgia', heading: 'editorial', url: `${ARTICLE_URL}georgia/`, order: 2, about: [topic('countries', 'georgia'), topic('countries', 'russia')], mentions: [topic('treaties', 'geneva')] },
];
const values = (tags: { name: string; content: string }[], name: string) => tags.filter((t) => t.name === name).map((t) => t.content);

describe('Highwire Press tags', () => {
  const tags = highwireTags(record, ARTICLE_URL);

  test('name every author in published order as "Family, Given" with the given names as printed', () => {
    assert.deepEqual(values(tags, 'citation_author'), record.authors.map((a) => `${a.family}, ${a.given}`));
    assert.deepEqual(values(tags, 'citation_author'), ['Karpovich, Oleg G.', 'Davydova, A. V.']);
  });

  test('each author is followed by their institution, so readers can pair them', () => {
    const names = tags.map((t) => t.name);
    names.forEach((n, i) => {
      if (n === 'citation_author') assert.equal(names[i + 1], 'citation_author_institution');
    });
  });

  test('carry the journal, both ISSNs, volume, issue, pages, DOI, language, abstract, full-text URL and publisher from the record', () => {
    const one = (name: string) => {
      const v = values(tags, name);
      assert.equal(v.length, 1, name);
      return v[0];
    };
    assert.equal(one('citation_title'), record.title.en);
    assert.equal(one('citation_journal_title'), record.journal.title);
    assert.deepEqual(values(tags, 'citation_issn'), [record.journal.issnPrint, record.journal.issnOnline]);
    assert.equal(one('citation_volume'), String(record.volume));
    assert.equal(one('citation_issue'), String(record.issue));
    assert.equal(one('citation_firstpage'), String(record.pages.first));
    assert.equal(one('citation_lastpage'), String(record.pages.last));
    assert.equal(one('citation_doi'), record.doi);
    assert.equal(one('citation_language'), record.language);
    assert.equal(one('citation_abstract'), record.abstract.en);
    assert.equal(one('citation_fulltext_html_url'), ARTICLE_URL);
    assert.equal(one('citation_publisher'), record.journal.publisher);
  });

  test('give the publication date as the year alone, because the month is not known', () => {
    assert.deepEqual(values(tags, 'citation_publication_date'), ['2021']);
  });

  test('leave out the publisher tag when the record has none, rather than print "undefined"', () => {
    const bare = { ...record, journal: { ...record.journal, publisher: undefined } };
    const t = highwireTags(bare, ARTICLE_URL);
    assert.deepEqual(values(t, 'citation_publisher'), []);
    for (const { content } of t) assert.doesNotMatch(content, /undefined|NaN/);
  });
});

describe('Dublin Core and OpenGraph fallbacks', () => {
  test('Dublin Core names both creators, the year and the DOI as a URI', () => {
    const dc = dublinCoreTags(record);
    assert.deepEqual(values(dc, 'DC.creator'), ['Karpovich, Oleg G.', 'Davydova, A. V.']);
    assert.deepEqual(values(dc, 'DC.date'), [String(record.year)]);
    assert.deepEqual(values(dc, 'DC.identifier'), [`https://doi.org/${record.doi}`]);
    assert.deepEqual(values(dc, 'DCTERMS.isPartOf'), [record.journal.title]);
    assert.deepEqual(values(dc, 'DC.relation'), []);
  });

  // Zotero's RDF import (translators/RDF.js, detectType) maps DC.type "text.serial.journal" to journalArticle
  // outright; "Text" is only a guess there, which loses to the "webpage" it assumes for any page with RDF data.
  test('Dublin Core types the article as a journal article in a value Zotero maps outright, names the journal and, on a section page, the article page', () => {
    const dc = dublinCoreTags(record, ARTICLE_URL);
    assert.deepEqual(values(dc, 'DC.type'), ['Text.Serial.Journal']);
    assert.deepEqual(values(dc, 'DC.source'), [record.journal.title]);
    assert.deepEqual(values(dc, 'DC.relation'), [ARTICLE_URL]);
    assert.deepEqual(values(dc, 'DC.title'), [record.title.en]);
  });

  test('PRISM carries the journal, ISSNs, volume, number, pages and DOI, one field each', () => {
    assert.deepEqual(
      prismTags(record).map((t) => [t.name, t.content]),
      [
        ['prism.publicationName', record.journal.title],
        ['prism.issn', record.journal.issnPrint],
        ['prism.eIssn', record.journal.issnOnline],
        ['prism.publicationDate', String(record.year)],
        ['prism.volume', String(record.volume)],
        ['prism.number', String(record.issue)],
        ['prism.startingPage', String(record.pages.first)],
        ['prism.endingPage', String(record.pages.last)],
        ['prism.doi', record.doi],
      ],
    );
  });

  test('OpenGraph gives the year, the authors and a section’s topics, and never article:section (Zotero’s Section field)', () => {
    const article = openGraphArticleTags(record);
    assert.deepEqual(article, [
      { property: 'article:published_time', content: '2021' },
      { property: 'article:author', content: 'Oleg G. Karpovich' },
      { property: 'article:author', content: 'A. V. Davydova' },
    ]);
    const section = openGraphArticleTags(record, [topic('countries', 'georgia', 'Georgia')]);
    assert.deepEqual(section.slice(3), [{ property: 'article:tag', content: 'Georgia' }]);
    assert.ok(!section.some((t) => t.property === 'article:section'));
  });
});

describe('JSON-LD', () => {
  const ld = articleJsonLd(record, ARTICLE_URL);

  test('the article is a ScholarlyArticle with headline, authors, year, pagination and the DOI as identifier and sameAs', () => {
    assert.equal(ld['@context'], 'https://schema.org');
    assert.equal(ld['@type'], 'ScholarlyArticle');
    assert.equal(ld['@id'], articleNodeId(ARTICLE_URL));
    assert.equal(ld.headline, record.title.en);
    assert.deepEqual(ld.author.map((a) => a.name), ['Oleg G. Karpovich', 'A. V. Davydova']);
    assert.deepEqual(ld.author.map((a) => a.givenName), ['Oleg G.', 'A. V.']);
    assert.equal(ld.datePublished, '2021');
    assert.equal(ld.pagination, `${record.pages.first}-${record.pages.last}`);
    assert.deepEqual(ld.identifier, { '@type': 'PropertyValue', propertyID: 'DOI', value: record.doi });
    assert.equal(ld.sameAs, `https://doi.org/${record.doi}`);
  });

  test('it sits in its issue, the issue in its volume, the volume in the journal with both ISSNs', () => {
    const issue = ld.isPartOf;
    assert.equal(issue['@type'], 'PublicationIssue');
    assert.equal(issue.issueNumber, String(record.issue));
    assert.equal(issue.isPartOf['@type'], 'PublicationVolume');
    assert.equal(issue.isPartOf.volumeNumber, String(record.volume));
    const journal = issue.isPartOf.isPartOf;
    assert.equal(journal['@type'], 'Periodical');
    assert.equal(journal.name, record.journal.title);
    assert.deepEqual(journal.issn, [record.journal.issnPrint, record.journal.issnOnline]);
  });

  test('the article node lists neither sections nor topics: each section page describes itself as part of it', () => {
    assert.equal('hasPart' in ld, false);
    assert.equal('about' in ld, false);
  });

  test('a section page describes the section, its own topics, and the article it is part of', () => {
    const s = sectionJsonLd(record, ARTICLE_URL, sections[1]!);
    assert.equal(s.url, sections[1]!.url);
    assert.equal(s.name, 'Georgia (editorial heading)');
    assert.equal(s.isPartOf['@type'], 'ScholarlyArticle');
    assert.equal(s.isPartOf['@id'], ld['@id']);
    assert.equal(s.isPartOf.sameAs, ld.sameAs);
    assert.deepEqual(s.about?.map((a) => a.url), [`${SITE}/countries/georgia/`, `${SITE}/countries/russia/`]);
    assert.deepEqual(s.mentions?.map((a) => [a['@type'], a.url]), [['CreativeWork', `${SITE}/treaties/geneva/`]]);
  });

  test('serialised JSON-LD cannot close its script element, and parses back to the same data', () => {
    const hostile = { ...record, title: { ...record.title, en: 'A </script><script>alert(1)</script> title' } };
    const data = articleJsonLd(hostile, ARTICLE_URL);
    const text = serializeJsonLd(data);
    assert.doesNotMatch(text, /</);
    assert.deepEqual(JSON.parse(text), data);
  });
});

describe('section topics', () => {
  const name = (kind: Topic['kind'], id: string) => topic(kind, id);
  const ref = (...ids: string[]) => ids.map((id) => ({ id }));
  const noEvent = { country: [], organisation: [], treaty: [], place: [] };

  test('about is the frontmatter’s countries and organisations; mentions the rest, events included, each once', () => {
    const { about, mentions } = sectionTopics(
      {
        region: ref('central-asia'),
        country: ref('russia', 'kazakhstan'),
        organisation: ref('eaeu'),
        treaty: ref('customs-union-1995'),
        events: [
          { ...noEvent, country: ref('kazakhstan', 'china'), place: ref('baikonur') },
          { ...noEvent, treaty: ref('customs-union-1995') },
        ],
      },
      name,
    );
    assert.deepEqual(about.map((t) => `${t.kind}/${t.id}`), ['countries/russia', 'countries/kazakhstan', 'organisations/eaeu']);
    assert.deepEqual(mentions.map((t) => `${t.kind}/${t.id}`), ['regions/central-asia', 'treaties/customs-union-1995', 'countries/china', 'places/baikonur']);
  });
});

test('the citation work carries the record’s values, the given names as printed', () => {
  const work = citationWork(record, ARTICLE_URL);
  assert.deepEqual(work.authors, record.authors.map(({ family, given }) => ({ family, given })));
  assert.deepEqual([work.title, work.doi, work.year, work.volume, work.issue, work.url], [record.title.en, record.doi, record.year, record.volume, record.issue, ARTICLE_URL]);
  assert.deepEqual(work.journal, { title: record.journal.title, issnPrint: record.journal.issnPrint, issnOnline: record.journal.issnOnline, publisher: record.journal.publisher });
});
