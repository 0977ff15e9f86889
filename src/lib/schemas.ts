/**
 * The content model: one schema per concept, every field commented. Plain zod, so unit tests import it
 * (src/content.config.ts wires the schemas to Astro's loaders). A reference to an entity record is built
 * by the `reference` function passed in: Astro's `reference()` at build time, a plain id in tests.
 * Links between records (unknown ids, ¶ ranges) are checked by src/lib/entities/integrity.ts.
 */
import { z } from 'astro/zod';
import { parseDateSpan } from './timeline/dates.ts';
import { ARTICLE_PAGE_SEGMENTS } from './urls.ts';

/** `<article-id>#p<N>`: how records cite a paragraph. */
export const PARAGRAPH_REF = /^[a-z0-9]+(?:-[a-z0-9]+)*#p[1-9]\d*$/;

/** The entity collections a record can refer to. */
export type EntityCollection = 'regions' | 'countries' | 'places' | 'organisations' | 'treaties' | 'people';

/** Builds the zod type of a reference to one entity collection. */
export type ReferenceFn = <C extends EntityCollection>(collection: C) => z.ZodType<{ collection: C; id: string }, any>;

/** A reference as plain data: what tests and tools use where Astro's `reference()` is not available. */
export const plainReference: ReferenceFn = (collection) =>
  z.string().transform((id) => ({ collection, id }));

/** The pages of an article beside its sections (src/lib/urls.ts's sitePaths): no section may take their names. */
const ARTICLE_PAGES: string[] = Object.values(ARTICLE_PAGE_SEGMENTS);

export function contentSchemas(reference: ReferenceFn) {
  /** A fixed ASCII identifier: it becomes part of a published URL and never changes. */
  const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case ASCII words joined by hyphens');

  /** A date at the precision the source gives: YYYY, YYYY-MM, YYYY-MM-DD, or an interval start/end. */
  const partialDate = z.string().superRefine((value, ctx) => {
  const parsed = parseDateSpan(value);
    if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
  });

  /** YAML reads 2021 as a number; dates are text here, so accept both and keep the text. */
  const dateText = z.preprocess((v) => (typeof v === 'number' ? String(v) : v), partialDate);

  /**
   * A day this edition did something (published an article, made a correction): YYYY-MM-DD. YAML reads an unquoted
   * 2026-11-29 as a timestamp; it is taken back to its day, so quoting is optional.
   */
  const editionDay = z.preprocess(
    (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
    z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a day written YYYY-MM-DD'),
  );

  /** A reference or a list of references; frontmatter may name one entity without brackets. */
  const refs = <C extends EntityCollection>(c: C) =>
    z.preprocess((v) => (v == null ? [] : Array.isArray(v) ? v : [v]), z.array(reference(c)));

  /** A paragraph of an article: `<article-id>#p<N>`, e.g. smith-jones-2021#p34. */
  const paragraphRef = z.string().regex(PARAGRAPH_REF, 'must be <article-id>#p<N>');

  /**
   * Where a fact this edition adds comes from. Either a ¶ of an article (the build checks that the ¶ names the
   * entities the record links) or a public source with its name and address. A bare string is a ¶.
   */
  const source = z.preprocess(
    (v) => (typeof v === 'string' ? { paragraph: v } : v),
    z
      .object({
        /** The ¶ that states the fact. */
        paragraph: paragraphRef.optional(),
        /** A public source's name, as a reader would look it up (publisher and title). */
        name: z.string().min(1).optional(),
        /** The public source's address. */
        url: z.url().optional(),
        /** Which fact of the record this source supports, when the record has several sources. */
        supports: z.string().min(1).optional(),
      })
      .strict()
      .superRefine((v, ctx) => {
        if (v.paragraph ? v.name || v.url : !(v.name && v.url)) {
          ctx.addIssue({ code: 'custom', message: 'a source is either a ¶ (<article-id>#p<N>) or a public source with both name and url' });
        }
      }),
  );

  /** Fields every entity record shares. */
  const entityFields = {
    /** Fixed ASCII id: the entity's URL segment. */
    id: slug,
    /** Common, neutral English display name. */
    name: z.string().min(1),
    /** Exact forms that name the entity in the article text (case-sensitive, whole words); defaults to `name`. */
    names: z.array(z.string().min(1)).default([]),
    /** Other names and spellings readers search for (other transliterations, Russian names, abbreviations); never matched in the text. */
    aliases: z.array(z.string().min(1)).default([]),
    /** One neutral descriptive line written by this project, true as of the edition's as-of date (content/entities/as-of.yaml). */
    description: z.string().min(1),
    /** Where the description's facts come from: ¶s of the article or public sources, shown on the entity's page. */
    sources: z.array(source).default([]),
  };

  /** Membership of a country in an organisation, as of the edition's as-of date unless `until` says it ended earlier. */
  const membership = z
    .object({
      /** The member country. */
      country: reference('countries'),
      /**
       * The standing at the as-of date (or when the membership ended): member; founder (a founding state that is not
       * formally a member); associate member; observer; suspended (a member whose participation is suspended);
       * former (the membership, or the organisation, ended: see `until`).
       */
      status: z.enum(['member', 'observer', 'associate', 'suspended', 'former', 'founder']).default('member'),
      /** When the membership (of any kind) began, where known. */
      since: dateText.optional(),
      /**
       * When the present status began, where it differs from `since`: the year a member suspended its participation
       * or became an associate. Pages show it as the status's date and `since` as the joining date, never the other way round.
       */
      statusSince: dateText.optional(),
      /** When it ended, where it has. */
      until: dateText.optional(),
      /** Every membership is a fact this edition adds, so it names at least one source. */
      sources: z.array(source).min(1, 'every membership names its source: a ¶ (<article-id>#p<N>) or { name, url }'),
      /** A neutral remark shown with the membership wherever it appears (the organisation's page, the country's page, the matrix). */
      note: z.string().optional(),
    })
    .strict()
    .superRefine((m, ctx) => {
      if ((m.status === 'suspended' || m.status === 'associate') && !m.statusSince) {
        ctx.addIssue({ code: 'custom', path: ['statusSince'], message: `status "${m.status}" needs statusSince: the date the status began, not the joining date` });
      }
    });

  const regions = z.object({ ...entityFields }).strict();

  const countries = z
      .object({
        ...entityFields,
        /** ISO 3166-1 alpha-2 code. */
        iso2: z.string().regex(/^[A-Z]{2}$/, 'must be two capital letters (ISO 3166-1 alpha-2, e.g. GE)'),
        /** ISO 3166-1 numeric code: the key of the country's shape in world-atlas. */
        isoNumeric: z.string().regex(/^\d{3}$/, 'must be three digits in quotes (ISO 3166-1 numeric, e.g. "268")'),
        /** Whether the state is one of the fifteen former Soviet republics. */
        postSoviet: z.boolean().default(false),
        /** The article's regional group, for post-Soviet states. */
        region: reference('regions').optional(),
      })
      .strict();

  const places = z
      .object({
        ...entityFields,
        /** What sort of place: a territory, a sea, a city or a geographical feature. */
        kind: z.enum(['territory', 'sea', 'city', 'region', 'feature', 'military-site', 'field']),
        /** The states the place is attached to or shared by. */
        countries: z.array(reference('countries')).min(1),
        /** Approximate [longitude, latitude] for the map's point marker. */
        coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).optional(),
      })
      .strict();

  const organisations = z
      .object({
        ...entityFields,
        /** What kind of body it is. */
        type: z.enum([
          'intergovernmental organisation',
          'organ',
          'negotiation format',
          'military alliance',
          'supranational union',
          'programme',
          'company',
          'state body',
          'political party',
        ]),
        /** Usual abbreviation, if any. */
        abbr: z.string().optional(),
        /** The organisation this body belongs to (e.g. the CIS for its Executive Committee). */
        parent: reference('organisations').optional(),
        /** When it was founded, where relevant. */
        founded: dateText.optional(),
        /** Member states with their status. */
        members: z.array(membership).default([]),
      })
      .strict();

  const treaties = z
      .object({
        ...entityFields,
        /** What kind of document it is. */
        type: z.enum(['treaty', 'agreement', 'convention', 'protocol', 'statement', 'law', 'programme', 'strategy', 'concept', 'code', 'contract', 'resolution', 'plan']),
        /** The date the article gives for it (signature, adoption or entry into force; `dateNote` says which). */
        date: dateText.optional(),
        /** What the date marks, in the article's terms. */
        dateNote: z.string().optional(),
        /** States party to it or that adopted it. */
        parties: z.array(reference('countries')).default([]),
        /** Organisations under which it was made. */
        organisations: z.array(reference('organisations')).default([]),
        /**
         * Who signed it and in what capacity, for documents whose signatories are not simply states (e.g. members of a
         * contact group): named in neutral words, with the source in `sources`.
         */
        signatories: z
          .array(
            z
              .object({
                /** The signatory's name as the source gives it. */
                name: z.string().min(1),
                /** The capacity in which they signed, in neutral words. */
                capacity: z.string().min(1),
                /** The state they represented, if they signed for one. */
                country: reference('countries').optional(),
              })
              .strict(),
          )
          .default([]),
      })
      .strict();

  const people = z
      .object({
        ...entityFields,
        /** The person's role at the edition's as-of date; `sources` names where it is stated (a ¶ where the article states it). */
        role: z.string().min(1),
        /** The state the person served. */
        country: reference('countries').optional(),
      })
      .strict();

  /** The bibliographic record of one article: the single source for front matter, citations and metadata. */
  const articles = z
      .object({
        /** Fixed ASCII id: the article's URL segment. */
        id: slug,
        /** Titles as published. */
        title: z.object({ en: z.string(), ru: z.string() }).strict(),
        /** Authors in published order; only confirmed names. */
        authors: z
          .array(
            z
              .object({
                /** Family name in Latin script. */
                family: z.string(),
                /**
                 * Given names exactly as the byline prints them ("Anna B.", or "A. V." where only initials are
                 * printed). The one name form every output uses; initials are derived from it (citation/names.ts).
                 */
                given: z.string().regex(/^\p{Lu}/u, 'must start with a capital letter, as printed'),
                /** The name in Cyrillic, as far as it is confirmed. */
                ru: z.string(),
                /** Affiliation as printed. */
                affiliation: z.object({ en: z.string(), ru: z.string() }).strict(),
              })
              .strict(),
          )
          .min(1),
        /** The journal. */
        journal: z
          .object({
            title: z.string(),
            /** Print ISSN. */
            issnPrint: z.string().regex(/^\d{4}-\d{3}[\dX]$/, 'must be an ISSN such as 1234-567X'),
            /** Online ISSN. */
            issnOnline: z.string().regex(/^\d{4}-\d{3}[\dX]$/, 'must be an ISSN such as 1234-567X'),
            publisher: z.string().optional(),
            /** The publisher's name in Russian. */
            publisherRu: z.string().optional(),
            /** The journal's site. */
            url: z.url().optional(),
          })
          .strict(),
        year: z.number().int(),
        volume: z.number().int(),
        issue: z.number().int(),
        pages: z.object({ first: z.number().int(), last: z.number().int() }).strict(),
        doi: z.string().regex(/^10\.\d{4,}\/\S+$/, 'must be a DOI such as 10.1234/abc, without https://doi.org/'),
        /** Language of the text reproduced here (BCP 47). */
        language: z.string(),
        /** Abstracts: English as published; Russian restored from OCR. */
        abstract: z.object({ en: z.string(), ru: z.string() }).strict(),
        /** Notes on the restoration of the OCR'd Russian front matter (what could not be read with confidence). */
        restorationNotes: z.array(z.string()).default([]),
        /**
         * Paragraph breaks this edition inferred where the extraction lost a paragraph's indent at a column or page
         * break (a line beginning a column or page right after a line that ends a sentence): the ¶ each break begins,
         * and why a break is uncertain where it is. Listed on the About page; a test checks the list against the text.
         */
        inferredBreaks: z
          .array(
            z
              .object({
                /** The ¶ the inferred break begins. */
                paragraph: z.number().int().positive(),
                /** Why the break may be wrong, where it may be. */
                uncertain: z.string().min(1).optional(),
              })
              .strict(),
          )
          .default([]),
        /** Facts not available, stated plainly on the site rather than guessed. */
        notAvailable: z.array(z.string()).default([]),
        /**
         * What the About page says of this article in the edition's voice: plain text, one string per paragraph
         * or list item. Only what is particular to the article lives here; the page supplies the rest.
         */
        edition: z
          .object({
            /** How the text reached the edition (the form it was received in). */
            provenance: z.string().min(1),
            /** Whose view the text gives, and where it was written. */
            perspective: z.string().min(1),
            /** Layout of the received text that the edition undid, one item each. */
            layout: z.array(z.string().min(1)).default([]),
            /** What became of the article's reference list. */
            references: z.string().min(1).optional(),
            /** How the front matter in the article's other language was restored. */
            otherLanguage: z.string().min(1).optional(),
          })
          .strict()
          .optional(),
        /** How the received text (source.txt) is read back for the fidelity check. */
        fidelity: z
          .object({
            /** The line where the article's text begins: its first heading, as received. */
            start: z.string().min(1),
            /** A regular expression for a line of the journal's running header, which the extraction left in the text. */
            runningHeader: z
              .string()
              .min(1)
              .refine((s) => {
                try {
                  new RegExp(s);
                  return true;
                } catch {
                  return false;
                }
              }, 'must be a valid regular expression')
              .optional(),
          })
          .strict(),
        /**
         * The day this edition first published the article's text (with the corrections listed then): the date of the
         * article's entry in the Atom feed. An edition date, not the article's publication date.
         */
        added: editionDay,
      })
      .strict();

  /** A dated event the section reports, for the timeline and entity pages. */
  const event = z
    .object({
      /** Fixed ASCII id, unique across the article. */
      id: slug,
      /** The date at the precision the article gives. */
      date: dateText,
      /** The article's own wording of the date, e.g. "In the summer of 2021". */
      when: z.string().optional(),
      /** Why the edition's date differs from the article's wording, with the source of the edition's date. */
      dateNote: z.string().min(1).optional(),
      /** A short neutral label written by this project. */
      label: z.string().min(1),
      /** reported: the article reports it as having happened; planned/expected: announced for later. */
      status: z.enum(['reported', 'planned', 'expected']).default('reported'),
      /** The ¶ number that reports it. */
      paragraph: z.number().int().positive(),
      country: refs('countries'),
      organisation: refs('organisations'),
      treaty: refs('treaties'),
      place: refs('places'),
    })
    .strict();

  /** One section of an article's text, in reading order. */
  const sections = z
      .object({
        /** Fixed ASCII id: the section's URL segment and its heading's anchor. Never derived from the title. */
        id: slug.superRefine((id, ctx) => {
          if (ARTICLE_PAGES.includes(id)) ctx.addIssue({ code: 'custom', message: `/<article>/${id}/ is the address of another page of the article` });
        }),
        /** Ids this section had before a rename: their anchors stay on the reading copy (and content/redirects.yaml keeps the old page URL). */
        formerIds: z.array(slug).default([]),
        /** The section's heading. */
        title: z.string().min(1),
        /** article: the article's own heading; editorial: a heading this edition added to split a long section. */
        heading: z.enum(['article', 'editorial']),
        /** Position in reading order, 1-based, unique within the article. */
        order: z.number().int().positive(),
        /** The ¶ numbers this section holds, numbered through the whole article; fixed data, checked against the text. */
        paragraphs: z.object({ first: z.number().int().positive(), last: z.number().int().positive() }).strict(),
        /** The period the section describes. */
        date: dateText,
        /** The article's regional groups the section is about. */
        region: refs('regions'),
        /** States the section is about. */
        country: refs('countries'),
        /** Organisations the section is about. */
        organisation: refs('organisations'),
        /** Treaties and documents the section discusses. */
        treaty: refs('treaties'),
        /** One neutral line on what the section covers, written by this project. */
        summary: z.string().min(1),
        /** Dated events the section reports. */
        events: z.array(event).default([]),
      })
      .strict();

  /** Every change this edition makes to the received text beyond undoing PDF artefacts. */
  const corrections = z
      .object({
        corrections: z.array(
          z
            .object({
              /** Fixed id of the emendation. */
              id: slug,
              /** The ¶ that holds it. */
              paragraph: z.number().int().positive(),
              /** The text as received. */
              before: z.string().min(1),
              /** The text as this edition prints it. */
              after: z.string().min(1),
              /** Why the change was made. */
              reason: z.string().min(1),
              /**
               * The day this edition made the change, for the Atom feed. Omitted for the corrections made with the first
               * text: they date from the article's `added` day. A correction made later carries its own day.
               */
              date: editionDay.optional(),
            })
            .strict(),
        ),
      })
      .strict();

  /** The one "as of" rule for everything the edition says in its own voice (content/entities/as-of.yaml). */
  const asOf = z
    .object({
      /** The date descriptions, memberships and roles hold as of, at the precision chosen (e.g. 2021-07). */
      date: dateText,
      /** The rule in words, shown on the About page. */
      rule: z.string().min(1),
    })
    .strict();

  /** The licences of the downloadable datasets (content/datasets.yaml): the edition's own records, and the article's text. */
  const datasets = z
    .object({
      /** The licence this project chooses for its own records (events, memberships, entities). */
      editionLicence: z
        .object({
          /** The licence's full name. */
          name: z.string().min(1),
          /** Its SPDX identifier, e.g. CC-BY-4.0. */
          spdx: z.string().min(1),
          /** The licence's text. */
          url: z.url(),
        })
        .strict(),
      /** What the edition's licence covers and what it does not, in words, shown on /data/. */
      editionLicenceNote: z.string().min(1),
      /** The licence of the article's text as far as it is known, in words: shown with the paragraph dataset. */
      articleLicenceNote: z.string().min(1),
    })
    .strict();

  /** The digest's own record (content/site.yaml): what the site says of itself and the choices its pages make. */
  const site = z
    .object({
      /** The site's short name, as the header shows it. */
      name: z.string().min(1),
      /** Words after the name: the header shows them beside it; titles read "<name> — <tagline>". */
      tagline: z.string().min(1).optional(),
      /** One sentence on what the digest is, for the home page and its description. */
      description: z.string().min(1),
      /** Region ids in the order pages list them (legends, the home page, filters); regions not listed follow by id. */
      regionOrder: z.array(slug).default([]),
      /** Why the regions come in that order (e.g. the ¶ that gives it). */
      regionOrderNote: z.string().min(1).optional(),
      map: z
        .object({
          /** Country ids drawn beside the post-Soviet states for orientation. */
          neighbours: z.array(slug).default([]),
        })
        .strict()
        .default({ neighbours: [] }),
      matrix: z
        .object({
          /** Organisation ids that are the membership matrix's columns, in order. */
          organisations: z.array(slug).default([]),
        })
        .strict()
        .default({ organisations: [] }),
      /**
       * How pages that gather items from every article stay light as articles are added (src/lib/paging.ts). A site
       * of one article never splits, whatever these say.
       */
      paging: z
        .object({
          /**
           * Items (sections, paragraphs, events) an entity page lists itself across all articles; an article whose
           * share does not fit is summed up there and listed on the entity's page for that article.
           */
          entityItems: z.number().int().positive().default(60),
          /** Events a page of the timeline (or of one of its filtered views) lists; more go on /page/2/ and on. */
          timelineEvents: z.number().int().positive().default(60),
          /** Rows of edition notes (corrections, inferred breaks, …) /about/ holds across articles; the rest go to /about/<article>/. */
          aboutItems: z.number().int().positive().default(120),
        })
        .strict()
        .default({ entityItems: 60, timelineEvents: 60, aboutItems: 120 }),
    })
    .strict();

  return { regions, countries, places, organisations, treaties, people, articles, sections, corrections, asOf, site, datasets };
}

/** The schemas with references as plain ids: for unit tests and tools that read content outside Astro. */
export const schemas = contentSchemas(plainReference);
