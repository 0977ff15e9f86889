/**
 * The open-data page, computed once from the datasets and files of this build (src/lib/data/site.ts's SiteData,
 * which also writes the files, so what the page says is what a download holds): each dataset with its facts, its
 * files with their sizes, its fields, and its schema.org Dataset markup.
 */
import { doiUrl } from '../citation/bibliography.ts';
import { serializeJsonLd } from '../citation/metadata.ts';
import { naturalName } from '../citation/names.ts';
import { LIST_SEPARATOR } from '../data/csv.ts';
import { DATASET_FILES, type Dataset, type DatasetLicences } from '../data/datasets.ts';
import { byteSize, bytesText } from '../data/size.ts';
import type { Digest } from '../digest/types.ts';
import { siteTitle } from '../site.ts';
import { asOfUrl, dataFileUrl, datasetUrl, feedUrl, homeUrl } from '../urls.ts';

/** What the page is made from: the datasets and the files this build writes (src/lib/data/site.ts's SiteData). */
export interface DataPageInput {
  datasets: readonly Dataset[];
  files: ReadonlyMap<string, string>;
  licences: DatasetLicences;
  asOf: { label: string };
}

export interface DatasetView {
  id: string;
  title: string;
  description: string;
  records: number;
  /** The edition's date with a link to its rule, or what the dates of the records are instead. */
  asOf: { label: string; href: string } | { text: string };
  /** The edition's licence; absent for the article's text, whose licence is not known. */
  licence?: { href: string; spdx: string };
  files: { href: string; name: string; format: string; size: string }[];
  caption: string;
  fields: {
    /** The name split before its capitals, so "sourceParagraphs" can wrap as a word pair on a phone and nowhere else. */
    nameParts: string[];
    type: string;
    optional: boolean;
    values?: readonly string[];
    description: string;
  }[];
}

export interface DataPageView {
  /** One schema.org Dataset per dataset, serialised for a script element. */
  jsonLd: string[];
  listSeparator: string;
  feedHref: string;
  licence: { href: string; name: string; spdx: string; note: string; articleNote: string };
  datasets: DatasetView[];
}

/** The files of a dataset in DATASET_FILES's order: the data as CSV, as JSON, and the JSON's schema. */
const FORMATS = ['CSV', 'JSON', 'JSON Schema'];
const TYPE_TEXT: Record<string, string> = { string: 'text', integer: 'whole number', list: 'list of text' };

export function dataPage(d: Pick<Digest, 'articles' | 'site'>, data: DataPageInput, site: URL): DataPageView {
  const { licences } = data;
  const siteName = siteTitle(d.site);
  const abs = (path: string) => new URL(path, site).href;
  const size = (file: string) => bytesText(byteSize(data.files.get(file)!));
  const years = [...new Set(d.articles.map((a) => a.record.year))].join(', ');

  const jsonLd = (ds: Dataset) => {
    const [csv, json] = DATASET_FILES(ds.id);
    return {
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      '@id': abs(datasetUrl(ds.id)),
      name: `${ds.title} — ${siteName}`,
      description: `${ds.description} ${ds.licence === 'edition' ? licences.editionLicenceNote : licences.articleLicenceNote}`,
      url: abs(datasetUrl(ds.id)),
      isAccessibleForFree: true,
      ...(ds.licence === 'edition' ? { license: licences.editionLicence.url } : {}),
      // The paragraphs are the authors' text, made available by this edition; every other dataset is the edition's own.
      ...(ds.licence === 'edition'
        ? { creator: { '@type': 'Organization', name: siteName, url: abs(homeUrl()) } }
        : {
            creator: d.articles.flatMap((a) => a.record.authors.map((x) => ({ '@type': 'Person', name: naturalName(x) }))),
            isBasedOn: d.articles.map((a) => doiUrl(a.record)),
          }),
      variableMeasured: ds.fields.map((f) => f.name),
      distribution: [
        { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: abs(dataFileUrl(csv!)), contentSize: size(csv!) },
        { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: abs(dataFileUrl(json!)), contentSize: size(json!) },
      ],
    };
  };

  return {
    jsonLd: data.datasets.map((ds) => serializeJsonLd(jsonLd(ds))),
    listSeparator: LIST_SEPARATOR,
    feedHref: feedUrl(),
    licence: {
      href: licences.editionLicence.url,
      name: licences.editionLicence.name,
      spdx: licences.editionLicence.spdx,
      note: licences.editionLicenceNote,
      articleNote: licences.articleLicenceNote,
    },
    datasets: data.datasets.map((ds) => ({
      id: ds.id,
      title: ds.title,
      description: ds.description,
      records: ds.records.length,
      asOf: ds.asOf
        ? { label: data.asOf.label, href: asOfUrl() }
        : {
            text:
              ds.licence === 'article'
                ? `the article’s text as published (${years}), with this edition’s listed corrections`
                : 'each event carries its own date, as the article reports it',
          },
      ...(ds.licence === 'edition' ? { licence: { href: licences.editionLicence.url, spdx: licences.editionLicence.spdx } } : {}),
      files: DATASET_FILES(ds.id).map((file, i) => ({ href: dataFileUrl(file), name: file, format: FORMATS[i]!, size: size(file) })),
      caption: `Fields of ${ds.title.toLowerCase()}, in column order`,
      fields: ds.fields.map((f) => ({
        nameParts: f.name.split(/(?=[A-Z])/),
        type: TYPE_TEXT[f.type]!,
        optional: Boolean(f.optional),
        ...(f.values ? { values: f.values } : {}),
        description: f.description,
      })),
    })),
  };
}
