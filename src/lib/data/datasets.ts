/**
 * The downloadable datasets of /data/: the records the pages show, as CSV and JSON, each JSON with a JSON Schema
 * beside it. One field list per dataset gives the CSV header, the JSON records, the schema and the field table on
 * /data/, so the four cannot disagree. Pure functions over the digest's own values (the timeline's events, the
 * membership records on the organisations, the entity records, the sections' ¶s): nothing is derived a second way.
 * The Astro side (getDigest, the site's address, memoising per build) is src/lib/data/site.ts.
 */
import { join } from 'node:path';
import { ENTITY_KINDS, type EntityKind } from '../entities/integrity.ts';
import type { Data, Plain, RecordOf, Source } from '../types.ts';
import { sectionParagraphs } from '../../markdown/section-paragraphs.ts';
import { readYamlRecord } from '../yaml-record.ts';
import type { TimelineEvent } from '../timeline/timeline.ts';
import { dataFileUrl, datasetUrl, entityUrl, memberUrl, paragraphUrl } from '../urls.ts';
import { toCsv, type CsvValue } from './csv.ts';

/** string: text (null when absent); integer: a whole number; list: a list of strings (in CSV joined by "|"). */
export type FieldType = 'string' | 'integer' | 'list';

export interface Field {
  name: string;
  type: FieldType;
  /** May be absent: null in JSON, an empty cell in CSV. */
  optional?: boolean;
  /** The values a field may take. */
  values?: readonly string[];
  /** An absolute address (JSON Schema format "uri"). */
  uri?: boolean;
  description: string;
}

/** The datasets, in the order /data/ lists them. */
export const DATASET_IDS = ['events', 'memberships', 'entities', 'paragraphs'] as const;
/** The files of each dataset under /data/. */
export const DATASET_FILES = (id: string) => [`${id}.csv`, `${id}.json`, `${id}.schema.json`];

export interface Dataset {
  id: (typeof DATASET_IDS)[number];
  title: string;
  description: string;
  /** "edition": the project's own records, under its licence; "article": the authors' text, licence not known. */
  licence: 'edition' | 'article';
  /** True when the records hold as of the edition's as-of date (content/entities/as-of.yaml). */
  asOf: boolean;
  fields: readonly Field[];
  records: Record<string, CsvValue>[];
}

export type DatasetLicences = ReturnType<typeof loadDatasetLicences>;

/** content/datasets.yaml: the licence of the edition's own records and what is known of the article's. */
export function loadDatasetLicences(contentRoot: string) {
  return readYamlRecord(join(contentRoot, 'datasets.yaml'), 'datasets', 'states the licences of the datasets on /data/ (see content/guide/datasets.md)');
}

/** The fields of any entity record the datasets read: those every record has, and each kind's own where it has them. */
type EntityLike = RecordOf<'regions', 'name' | 'description'> & {
  data: Partial<Pick<Plain<Data<'regions'>>, 'names' | 'aliases' | 'sources'>> &
    Partial<Pick<Plain<Data<'countries'>>, 'iso2' | 'isoNumeric'>> &
    Partial<Pick<Plain<Data<'organisations'>>, 'abbr' | 'members'>> &
    Partial<Pick<Plain<Data<'places'>>, 'kind'>> & { type?: string };
};

/** What the datasets are made of: parts of `getDigest()`'s result, plus the site's address and the ¶ resolver. */
export interface DataInput {
  site: URL;
  events: readonly TimelineEvent[];
  articles: readonly {
    id: string;
    sections: readonly { data: { id: string; title: string; paragraphs: { first: number; last: number } }; entry: { body?: string } }[];
  }[];
  entities: Record<EntityKind, readonly EntityLike[]>;
  /** The address of a `<article-id>#p<N>` source: digest.ts's sourceUrl, so a ¶ source resolves as on the pages. */
  sourceUrl: (ref: string) => string;
}

const SOURCE_FIELDS: readonly Field[] = [
  { name: 'sourceParagraphs', type: 'list', uri: true, description: 'The addresses of the article’s ¶s that state the record’s facts.' },
  { name: 'sourceNames', type: 'list', description: 'The public sources that state them, by name; the same position in sourceUrls is the address.' },
  { name: 'sourceUrls', type: 'list', uri: true, description: 'The addresses of those public sources, in the order of sourceNames.' },
];

export const EVENT_FIELDS: readonly Field[] = [
  { name: 'id', type: 'string', description: 'The event’s fixed id, unique in its article.' },
  { name: 'date', type: 'string', description: 'The date at the precision the article gives: YYYY, YYYY-MM or YYYY-MM-DD; an interval is start/end.' },
  { name: 'start', type: 'string', description: 'The date, or an interval’s start.' },
  { name: 'end', type: 'string', optional: true, description: 'An interval’s end; empty for a single date.' },
  { name: 'precision', type: 'string', values: ['year', 'month', 'day'], description: 'The precision of the date (of an interval’s start).' },
  { name: 'when', type: 'string', optional: true, description: 'The article’s own wording of the date, where recorded.' },
  { name: 'dateNote', type: 'string', optional: true, description: 'Why the edition’s date differs from the article’s wording, with its source.' },
  { name: 'label', type: 'string', description: 'A short neutral label written by this edition.' },
  { name: 'status', type: 'string', values: ['reported', 'planned', 'expected'], description: 'reported: the article reports it as having happened; planned or expected: announced for later.' },
  { name: 'article', type: 'string', description: 'The id of the article that reports it.' },
  { name: 'section', type: 'string', description: 'The id of the section that reports it.' },
  { name: 'paragraph', type: 'integer', description: 'The number of the ¶ that reports it.' },
  { name: 'address', type: 'string', uri: true, description: 'The address of that ¶ on this site.' },
  { name: 'regions', type: 'list', description: 'The article’s regional groups of the event’s countries (region ids).' },
  { name: 'countries', type: 'list', description: 'The states it concerns (country ids).' },
  { name: 'organisations', type: 'list', description: 'The organisations it concerns (organisation ids).' },
  { name: 'treaties', type: 'list', description: 'The treaties and documents it concerns (treaty ids).' },
  { name: 'places', type: 'list', description: 'The places it concerns (place ids).' },
];

export const MEMBERSHIP_FIELDS: readonly Field[] = [
  { name: 'state', type: 'string', description: 'The member state (country id).' },
  { name: 'stateName', type: 'string', description: 'Its name.' },
  { name: 'organisation', type: 'string', description: 'The organisation (organisation id).' },
  { name: 'organisationName', type: 'string', description: 'Its name.' },
  { name: 'status', type: 'string', values: ['member', 'founder', 'associate', 'observer', 'suspended', 'former'], description: 'The standing at the as-of date, or when the membership ended.' },
  { name: 'since', type: 'string', optional: true, description: 'When the membership (of any kind) began, where known.' },
  { name: 'statusSince', type: 'string', optional: true, description: 'When the present status began, where it differs from since (a suspension, an associate status).' },
  { name: 'until', type: 'string', optional: true, description: 'When it ended, where it has.' },
  { name: 'note', type: 'string', optional: true, description: 'The edition’s remark on the membership.' },
  { name: 'address', type: 'string', uri: true, description: 'The record’s row on the organisation’s page.' },
  ...SOURCE_FIELDS,
];

export const ENTITY_FIELDS: readonly Field[] = [
  { name: 'kind', type: 'string', values: ENTITY_KINDS, description: 'The kind of record, as the first segment of its address: regions, countries, places, organisations, treaties or people.' },
  { name: 'id', type: 'string', description: 'The fixed id, unique within its kind.' },
  { name: 'name', type: 'string', description: 'The common English name.' },
  { name: 'names', type: 'list', description: 'The forms that name it in the article’s text.' },
  { name: 'aliases', type: 'list', description: 'Other names and spellings readers search for: transliterations, Russian names, abbreviations.' },
  { name: 'abbr', type: 'string', optional: true, description: 'An organisation’s usual abbreviation.' },
  { name: 'type', type: 'string', optional: true, description: 'The sort of place, organisation or document.' },
  { name: 'iso2', type: 'string', optional: true, description: 'A country’s ISO 3166-1 alpha-2 code.' },
  { name: 'isoNumeric', type: 'string', optional: true, description: 'A country’s ISO 3166-1 numeric code (three digits, as text).' },
  { name: 'description', type: 'string', description: 'One neutral line written by this edition, as of the as-of date.' },
  { name: 'address', type: 'string', uri: true, description: 'The record’s page on this site.' },
  ...SOURCE_FIELDS,
];

export const PARAGRAPH_FIELDS: readonly Field[] = [
  { name: 'article', type: 'string', description: 'The id of the article.' },
  { name: 'paragraph', type: 'integer', description: 'The ¶ number, counted through the whole article.' },
  { name: 'section', type: 'string', description: 'The id of the section that holds it.' },
  { name: 'sectionTitle', type: 'string', description: 'That section’s heading.' },
  { name: 'text', type: 'string', description: 'The ¶’s text as this edition prints it: the received wording with its layout undone and the listed corrections applied.' },
  { name: 'address', type: 'string', uri: true, description: 'The ¶’s address on this site.' },
];

/** A record's sources split into ¶ addresses and public sources (name and address at the same position). */
function sourceColumns(sources: readonly Source[] | undefined, input: DataInput) {
  const list = sources ?? [];
  const pub = list.filter((s) => !s.paragraph);
  return {
    sourceParagraphs: list.filter((s) => s.paragraph).map((s) => abs(input.sourceUrl(s.paragraph!), input.site)),
    sourceNames: pub.map((s) => s.name!),
    sourceUrls: pub.map((s) => s.url!),
  };
}

const abs = (path: string, site: URL) => new URL(path, site).href;

export function eventRecords(input: DataInput): Dataset['records'] {
  return input.events.map((e) => ({
    id: e.id,
    date: e.date,
    start: e.date.split('/')[0]!,
    end: e.date.split('/')[1] ?? null,
    precision: e.span.start.precision,
    when: e.when ?? null,
    dateNote: e.dateNote ?? null,
    label: e.label,
    status: e.status,
    article: e.article,
    section: e.section,
    paragraph: e.paragraph,
    address: abs(e.href, input.site),
    regions: e.regions,
    countries: e.countries,
    organisations: e.organisations,
    treaties: e.treaties,
    places: e.places,
  }));
}

/** Every membership record, organisation by organisation in the records' order, members as each lists them. */
export function membershipRecords(input: DataInput): Dataset['records'] {
  const country = new Map(input.entities.countries.map((c) => [c.id, c]));
  return input.entities.organisations.flatMap((o) =>
    (o.data.members ?? []).map((m) => ({
      state: m.country.id,
      stateName: country.get(m.country.id)?.data.name ?? m.country.id,
      organisation: o.id,
      organisationName: o.data.name,
      status: m.status,
      since: m.since ?? null,
      statusSince: m.statusSince ?? null,
      until: m.until ?? null,
      note: m.note ?? null,
      address: abs(memberUrl(o.id, m.country.id), input.site),
      ...sourceColumns(m.sources, input),
    })),
  );
}

export function entityRecords(input: DataInput): Dataset['records'] {
  return ENTITY_KINDS.flatMap((kind) =>
    input.entities[kind].map((e) => ({
      kind,
      id: e.id,
      name: e.data.name,
      names: e.data.names ?? [],
      aliases: e.data.aliases ?? [],
      abbr: e.data.abbr ?? null,
      type: e.data.type ?? e.data.kind ?? null,
      iso2: e.data.iso2 ?? null,
      isoNumeric: e.data.isoNumeric ?? null,
      description: e.data.description,
      address: abs(entityUrl(kind, e.id), input.site),
      ...sourceColumns(e.data.sources, input),
    })),
  );
}

/** The ¶s of every article in reading order, each reduced to its rendered words as the mention index reads them. */
export function paragraphRecords(input: DataInput): Dataset['records'] {
  return input.articles.flatMap((a) =>
    a.sections.flatMap((s) => {
      const texts = sectionParagraphs(s.entry.body ?? '');
      const { first, last } = s.data.paragraphs;
      if (texts.length !== last - first + 1) throw new Error(`${a.id}/${s.data.id}: ¶ ${first}–${last} but the body has ${texts.length} paragraphs`);
      return texts.map((text, i) => ({
        article: a.id,
        paragraph: first + i,
        section: s.data.id,
        sectionTitle: s.data.title,
        text,
        address: abs(paragraphUrl(a.id, s.data.id, first + i), input.site),
      }));
    }),
  );
}

export function datasets(input: DataInput): Dataset[] {
  return [
    {
      id: 'events',
      title: 'Timeline events',
      description: 'Every dated event the article reports, as on the timeline: its date at the article’s precision, a label, its status, the ¶ that reports it and the entities it concerns.',
      licence: 'edition',
      asOf: false,
      fields: EVENT_FIELDS,
      records: eventRecords(input),
    },
    {
      id: 'memberships',
      title: 'Membership records',
      description: 'Every membership of a state in an organisation this edition records, as on the organisations’ pages and the membership matrix, with its dates and sources.',
      licence: 'edition',
      asOf: true,
      fields: MEMBERSHIP_FIELDS,
      records: membershipRecords(input),
    },
    {
      id: 'entities',
      title: 'Entities',
      description: 'Every region, country, place, organisation, treaty and person the edition has a page for: names, aliases, ISO codes, the edition’s description and its sources.',
      licence: 'edition',
      asOf: true,
      fields: ENTITY_FIELDS,
      records: entityRecords(input),
    },
    {
      id: 'paragraphs',
      title: 'The article by paragraph',
      description: 'The article’s text, one record per numbered ¶, with its section and its address: the text as this edition prints it.',
      licence: 'article',
      asOf: false,
      fields: PARAGRAPH_FIELDS,
      records: paragraphRecords(input),
    },
  ];
}

/** The JSON Schema (draft 2020-12) of one dataset's JSON file. */
export function jsonSchema(d: Dataset, site: URL): object {
  const property = (f: Field): object => {
    if (f.type === 'list') return { type: 'array', items: { type: 'string', ...(f.uri ? { format: 'uri' } : {}) }, description: f.description };
    const type = f.type === 'integer' ? 'integer' : 'string';
    return {
      type: f.optional ? [type, 'null'] : type,
      ...(f.type === 'integer' ? { minimum: 1 } : { minLength: 1 }),
      ...(f.values ? { enum: f.optional ? [...f.values, null] : [...f.values] } : {}),
      ...(f.uri ? { format: 'uri' } : {}),
      description: f.description,
    };
  };
  const licence = {
    type: 'object',
    properties: { name: { type: 'string' }, spdx: { type: 'string' }, url: { type: 'string', format: 'uri' } },
    required: ['name', 'spdx', 'url'],
    additionalProperties: false,
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: abs(dataFileUrl(`${d.id}.schema.json`), site),
    title: `${d.title}: the JSON file`,
    description: d.description,
    type: 'object',
    properties: {
      $schema: { const: abs(dataFileUrl(`${d.id}.schema.json`), site) },
      title: { type: 'string' },
      description: { type: 'string' },
      url: { type: 'string', format: 'uri', description: 'The page that describes the dataset and its fields.' },
      asOf: { type: d.asOf ? 'string' : 'null', description: 'The date the records hold as of (the edition’s as-of rule); null where the rule does not apply.' },
      licence: d.licence === 'edition' ? licence : { type: 'null', description: 'The licence is not known.' },
      licenceNote: { type: 'string' },
      records: {
        type: 'array',
        items: {
          type: 'object',
          properties: Object.fromEntries(d.fields.map((f) => [f.name, property(f)])),
          required: d.fields.map((f) => f.name),
          additionalProperties: false,
        },
      },
    },
    required: ['$schema', 'title', 'description', 'url', 'asOf', 'licence', 'licenceNote', 'records'],
    additionalProperties: false,
  };
}

/** The JSON file of one dataset: the records with what a reuser needs to know about them. */
export function jsonFile(d: Dataset, ctx: { site: URL; asOf: string; licences: DatasetLicences }): object {
  return {
    $schema: abs(dataFileUrl(`${d.id}.schema.json`), ctx.site),
    title: d.title,
    description: d.description,
    url: abs(datasetUrl(d.id), ctx.site),
    asOf: d.asOf ? ctx.asOf : null,
    licence: d.licence === 'edition' ? ctx.licences.editionLicence : null,
    licenceNote: d.licence === 'edition' ? ctx.licences.editionLicenceNote : ctx.licences.articleLicenceNote,
    records: d.records,
  };
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

/** Every file under /data/, by name: `<id>.csv`, `<id>.json`, `<id>.schema.json`. */
export function dataFiles(sets: readonly Dataset[], ctx: { site: URL; asOf: string; licences: DatasetLicences }): Map<string, string> {
  const files = new Map<string, string>();
  for (const d of sets) {
    const [csv, json_, schema] = DATASET_FILES(d.id) as [string, string, string];
    files.set(csv, toCsv(csv, d.fields.map((f) => f.name), d.records));
    files.set(json_, json(jsonFile(d, ctx)));
    files.set(schema, json(jsonSchema(d, ctx.site)));
  }
  return files;
}
