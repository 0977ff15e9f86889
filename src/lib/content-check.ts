/**
 * Checks every content file before Astro reads it, so that bad input stops the build with one plain message
 * per problem: the file (and line where it can be found), the field, and the value. Astro's own schema
 * errors print Markdown asterisks, an empty path for an unknown key and a location of `:0:0`; by the time
 * Astro validates, these checks have passed. Also checked here, because no schema can see them:
 * dates after the article's publication and events outside their section's period (dateErrors), and
 * corrections that do not match the received text or were never applied to the edition's text
 * (correctionErrors). Links between records are checked later by entities/integrity.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { schemas } from './schemas.ts';
import { sitePaths } from './urls.ts';
import { compareDates, parseDateSpan, type DateSpan, type PartialDate } from './timeline/dates.ts';

type Kind = keyof typeof schemas;

const ENTITY_FILES = ['regions', 'countries', 'places', 'organisations', 'treaties', 'people'] as const;

/** What each kind of record is called in a message. */
const RECORD_NAME: Record<Kind, string> = {
  regions: 'a region', countries: 'a country', places: 'a place', organisations: 'an organisation', treaties: 'a treaty',
  people: 'a person', articles: 'an article record', sections: 'a section', corrections: 'the corrections file',
  asOf: 'the as-of record', site: 'the site record', datasets: 'the datasets file',
};

/** A path as an editor would type it: relative to the project when inside it. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/** A short, readable rendering of a value for a message. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

/** The 1-based line of a field in YAML text, found by its keys in order from `fromLine`; 0 when not found. */
export function findLine(text: string, path: (string | number)[], fromLine = 1): number {
  const lines = text.split('\n');
  let line = fromLine;
  let found = 0;
  for (const key of path) {
    if (typeof key === 'number') continue;
    const re = new RegExp(`^\\s*(?:-\\s+)?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
    const at = lines.findIndex((l, i) => i >= line - 1 && re.test(l));
    if (at < 0) break;
    line = at + 1;
    found = line;
  }
  return found;
}

/**
 * The value at a path in the data as written. A schema may read a plain value as an object (a bare string as
 * `{ paragraph: … }`): the path then stops at the plain value, which is what the editor wrote.
 */
function valueAt(data: unknown, path: PropertyKey[]): { value: unknown; path: PropertyKey[] } {
  let v = data;
  for (let i = 0; i < path.length; i++) {
    if (v === null || typeof v !== 'object') return { value: v, path: path.slice(0, i) };
    v = (v as Record<PropertyKey, unknown>)[path[i]!];
  }
  return { value: v, path };
}

/** One zod issue in plain words, without the field (the caller names it). */
function explain(issue: z.core.$ZodIssue, value: unknown): string {
  if (value === undefined && issue.code !== 'unrecognized_keys') return 'is required but missing';
  switch (issue.code) {
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; found ${showValue(value)}`;
    case 'invalid_type':
      return `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}; found ${showValue(value)}`;
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `must not be empty; found ${showValue(value)}`
        : `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${issue.minimum}; found ${showValue(value)}`;
    case 'too_big':
      return `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${issue.maximum}; found ${showValue(value)}`;
    case 'custom':
      // Date messages start with the value they refuse.
      return issue.message.startsWith(JSON.stringify(value)) ? issue.message : `: ${issue.message}; found ${showValue(value)}`;
    default:
      return `${issue.message.replace(/^Invalid (string|input): /, '')}; found ${showValue(value)}`;
  }
}

/**
 * Validates one record; each problem as `file, line N: field "a.b": what is wrong; found value`.
 * `where` names the record (the file, plus the record's id in a list file), `text` and `fromLine` locate lines.
 */
export function shapeErrors(kind: Kind, data: unknown, where: string, text = '', fromLine = 1): string[] {
  const r = schemas[kind].safeParse(data);
  if (r.success) return [];
  return r.error.issues.flatMap((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
    return keys.map((issuePath) => {
      const { value, path } = valueAt(data, issuePath);
      const line = text ? findLine(text, path.map((k) => (typeof k === 'symbol' ? String(k) : k)), fromLine) : 0;
      const field = path.join('.');
      const problem =
        issue.code === 'unrecognized_keys'
          ? `is not a field of ${RECORD_NAME[kind]} (a misspelling, or a field this edition does not have); found ${showValue(value)}`
          : explain(issue, value);
      return `${where}${line ? `, line ${line}` : ''}: field "${field}"${problem.startsWith(':') ? '' : ' '}${problem}`;
    });
  });
}

/** Splits an MDX file into its frontmatter (parsed) and body. */
export function splitSection(text: string): { data: unknown; body: string; bodyLine: number } | string {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) return 'has no frontmatter block (--- … ---) at its top';
  try {
    return { data: yaml.load(m[1]!), body: m[2]!, bodyLine: m[1]!.split('\n').length + 3 };
  } catch (e) {
    return `frontmatter is not valid YAML: ${(e as Error).message.split('\n')[0]}`;
  }
}

interface DatedSection {
  file: string;
  text: string;
  date: string;
  events: { id: string; date: string; status?: string }[];
}

const lastDay = (d: PartialDate): PartialDate => ({ ...d, precision: 'day', month: d.month ?? 12, day: d.day ?? new Date(Date.UTC(d.year, d.month ?? 12, 0)).getUTCDate() });
const firstDay = (d: PartialDate): PartialDate => ({ ...d, precision: 'day', month: d.month ?? 1, day: d.day ?? 1 });
const spanEnd = (s: DateSpan) => lastDay(s.end ?? s.start);

/**
 * Dates an article cannot report: a section period or an event after the year it was published (events
 * the article announces as planned or expected excepted), and an event outside its section's period.
 */
export function dateErrors(article: { year: number }, sections: DatedSection[]): string[] {
  const errors: string[] = [];
  const published: PartialDate = { year: article.year, month: 12, day: 31, precision: 'day' };
  for (const s of sections) {
    const period = parseDateSpan(s.date);
    if (typeof period === 'string') continue; // the schema reports it
    const at = (path: (string | number)[]) => {
      const line = findLine(s.text, path);
      return `${s.file}${line ? `, line ${line}` : ''}`;
    };
    if (compareDates(spanEnd(period), published) > 0) {
      errors.push(`${at(['date'])}: field "date" ${JSON.stringify(s.date)} ends after the article was published (${article.year})`);
    }
    for (const e of s.events) {
      const span = parseDateSpan(e.date);
      if (typeof span === 'string') continue;
      const where = `${at(['events', 'id'])}: field "events.${e.id}.date" ${JSON.stringify(e.date)}`;
      const announced = e.status === 'planned' || e.status === 'expected';
      if (!announced && compareDates(firstDay(span.start), published) > 0) {
        errors.push(`${where} is after the article was published (${article.year}); mark it status: planned if the article announces it`);
        continue;
      }
      const before = compareDates(spanEnd(span), firstDay(period.start)) < 0;
      const after = compareDates(firstDay(span.start), spanEnd(period)) > 0;
      if (before || (after && !announced)) {
        errors.push(`${where} is outside the section's period ${JSON.stringify(s.date)}`);
      }
    }
  }
  return errors;
}

interface Correction {
  id: string;
  paragraph: number;
  before: string;
  after: string;
}

/** Undoes the PDF's line breaks (and a hyphen split across them) so a phrase can be found in the received text. */
const unwrap = (text: string) => text.replace(/-\r?\n(?=\p{Ll})/gu, '').replace(/\s+/g, ' ');

/**
 * Each correction must match the received text (its `before` occurs there exactly once) and must have been
 * made in the edition's text (¶ `paragraph` reads `after`, and no longer `before`). `paragraphText(n)` gives
 * the edition's ¶ n, or undefined when there is none.
 */
export function correctionErrors(file: string, text: string, corrections: Correction[], source: string, paragraphText: (n: number) => string | undefined): string[] {
  const received = unwrap(source);
  const errors: string[] = [];
  for (const c of corrections) {
    const line = text.split('\n').findIndex((l) => new RegExp(`^\\s*-?\\s*id:\\s*["']?${c.id}["']?\\s*$`).test(l)) + 1;
    const where = `${file}${line ? `, line ${line}` : ''}: correction "${c.id}"`;
    const hits = received.split(c.before).length - 1;
    if (hits === 0) {
      errors.push(`${where}: field "before" ${JSON.stringify(c.before)} is not in the received text (source.txt)`);
      continue;
    }
    if (hits > 1) {
      errors.push(`${where}: field "before" ${JSON.stringify(c.before)} occurs ${hits} times in the received text (source.txt); make it longer so it names one place`);
      continue;
    }
    const p = paragraphText(c.paragraph);
    if (p === undefined) continue; // integrity.ts reports a ¶ that does not exist
    if (!p.includes(c.after) || (!c.after.includes(c.before) && p.includes(c.before))) {
      errors.push(`${where}: field "after" ${JSON.stringify(c.after)} is not what ¶ ${c.paragraph} of the text reads; the correction was not applied (or names the wrong paragraph)`);
    }
  }
  return errors;
}

/** The paragraphs of a section's body as an editor wrote them: blocks between blank lines, headings left out. */
export function bodyParagraphs(body: string): string[] {
  return body
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p && !/^<h[4-6][\s>]/.test(p) && !/^#{1,6}\s/.test(p));
}

/**
 * A redirect whose old path is still one of the site's pages: the page would shadow it (Astro stops on the
 * route conflict without naming this file). `pages` maps each page path to what makes it (a file and id).
 */
export function redirectErrors(file: string, text: string, redirects: unknown, pages: Map<string, string>): string[] {
  if (!redirects || typeof redirects !== 'object') return [];
  return Object.keys(redirects).flatMap((from) => {
    const page = pages.get(from);
    if (!page) return [];
    const line = text.split('\n').findIndex((l) => l.trimStart().startsWith(from) || l.trimStart().startsWith(`"${from}"`) || l.trimStart().startsWith(`'${from}'`)) + 1;
    return [`${file}${line ? `, line ${line}` : ''}: redirect from ${JSON.stringify(from)}: that path is still a page of the site (${page}); remove the redirect, or change the page's id`];
  });
}

/** Runs every check over a content folder; returns the problems, none when the content may be built. */
export function checkContent(root: string): string[] {
  const errors: string[] = [];
  const read = (file: string) => readFileSync(file, 'utf8');
  const parseYaml = (file: string, text: string): unknown => {
    try {
      return yaml.load(text);
    } catch (e) {
      const mark = (e as { mark?: { line: number } }).mark;
      errors.push(`${displayPath(file)}${mark ? `, line ${mark.line + 1}` : ''}: not valid YAML: ${(e as Error).message.split('\n')[0]}`);
      return undefined;
    }
  };

  const pages = new Map<string, string>();
  for (const kind of ENTITY_FILES) {
    const file = join(root, 'entities', `${kind}.yaml`);
    if (!existsSync(file)) continue;
    const text = read(file);
    const list = parseYaml(file, text);
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      errors.push(`${displayPath(file)}: must be a list of records (each starting "- id: …")`);
      continue;
    }
    const seen = new Map<string, number>();
    // Each record starts with a "- " at the left margin: its line locates the record's fields.
    const starts = text.split('\n').flatMap((l, n) => (/^-(\s|$)/.test(l) ? [n + 1] : []));
    list.forEach((record, i) => {
      const id = (record as { id?: unknown })?.id;
      const idLine = starts.length === list.length ? findLine(text, ['id'], starts[i]) : 0;
      const where = `${displayPath(file)} (${typeof id === 'string' ? id : `record ${i + 1}`})`;
      if (typeof id === 'string') {
        pages.set(sitePaths.entity(kind, id), `${displayPath(file)}, id "${id}"`);
        if (seen.has(id)) errors.push(`${where}, line ${idLine}: field "id" ${JSON.stringify(id)} is used by another record of the file (record ${seen.get(id)})`);
        else seen.set(id, i + 1);
      }
      errors.push(...shapeErrors(kind, record, where, text, idLine || 1));
    });
  }

  for (const [kind, file] of [['asOf', join(root, 'entities', 'as-of.yaml')], ['site', join(root, 'site.yaml')], ['datasets', join(root, 'datasets.yaml')]] as const) {
    if (!existsSync(file)) continue;
    const text = read(file);
    const data = parseYaml(file, text);
    if (data !== undefined) errors.push(...shapeErrors(kind, data, displayPath(file), text));
  }

  const articlesDir = join(root, 'articles');
  for (const article of existsSync(articlesDir) ? readdirSync(articlesDir).sort() : []) {
    const dir = join(articlesDir, article);
    pages.set(sitePaths.article(article), `${displayPath(dir)}`);
    const recordFile = join(dir, 'article.yaml');
    let year: number | undefined;
    if (existsSync(recordFile)) {
      const text = read(recordFile);
      const record = parseYaml(recordFile, text);
      if (record !== undefined) {
        const shape = shapeErrors('articles', record, displayPath(recordFile), text);
        errors.push(...shape);
        if (!shape.length) year = (record as { year: number }).year;
      }
    }
    const sections: (DatedSection & { first: number; last: number; paragraphs: string[] })[] = [];
    const sectionsDir = join(dir, 'sections');
    for (const name of existsSync(sectionsDir) ? readdirSync(sectionsDir).filter((f) => f.endsWith('.mdx')).sort() : []) {
      const file = join(sectionsDir, name);
      const text = read(file);
      const split = splitSection(text);
      if (typeof split === 'string') {
        errors.push(`${displayPath(file)}: ${split}`);
        continue;
      }
      const shape = shapeErrors('sections', split.data, displayPath(file), text);
      errors.push(...shape);
      if (shape.length) continue;
      pages.set(sitePaths.section(article, (split.data as { id: string }).id), `${displayPath(file)}, id "${(split.data as { id: string }).id}"`);
      const d = split.data as { date: string | number; paragraphs: { first: number; last: number }; events?: { id: string; date: string | number; status?: string }[] };
      sections.push({
        file: displayPath(file),
        text,
        date: String(d.date),
        events: (d.events ?? []).map((e) => ({ ...e, date: String(e.date) })),
        first: d.paragraphs.first,
        last: d.paragraphs.last,
        paragraphs: bodyParagraphs(split.body),
      });
    }
    if (year !== undefined) errors.push(...dateErrors({ year }, sections));

    const correctionsFile = join(dir, 'corrections.yaml');
    const sourceFile = join(dir, 'source.txt');
    if (existsSync(correctionsFile)) {
      const text = read(correctionsFile);
      const data = parseYaml(correctionsFile, text);
      if (data === undefined) continue;
      const shape = shapeErrors('corrections', data, displayPath(correctionsFile), text);
      errors.push(...shape);
      const list = (data as { corrections: Correction[] }).corrections;
      if (shape.length || !list.length) continue;
      if (!existsSync(sourceFile)) {
        errors.push(`${displayPath(correctionsFile)}: lists corrections, but the article has no received text (source.txt) to check them against`);
        continue;
      }
      const paragraphText = (n: number) => {
        const s = sections.find((x) => n >= x.first && n <= x.last);
        return s?.paragraphs[n - s.first];
      };
      errors.push(...correctionErrors(displayPath(correctionsFile), text, list, read(sourceFile), paragraphText));
    }
  }

  const redirectsFile = join(root, 'redirects.yaml');
  if (existsSync(redirectsFile)) {
    const text = read(redirectsFile);
    const data = parseYaml(redirectsFile, text);
    errors.push(...redirectErrors(displayPath(redirectsFile), text, data, pages));
  }
  return errors;
}
