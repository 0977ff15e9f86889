/**
 * The one date the edition's own records hold as of (content/entities/as-of.yaml): descriptions, memberships and
 * roles are written to it, and every entity page says so. One file, so the rule cannot drift record by record.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { schemas } from '../schemas.ts';
import { formatSpan, mustParseSpan } from '../timeline/dates.ts';

export interface AsOf {
  /** The date as written, e.g. 2021-07. */
  date: string;
  /** The date in words, e.g. July 2021. */
  label: string;
  /** The rule in words. */
  rule: string;
}

export function loadAsOf(contentRoot: string): AsOf {
  const file = join(contentRoot, 'entities', 'as-of.yaml');
  if (!existsSync(file)) throw new Error(`${file}: missing; it states the date the edition's records hold as of (see content/guide/sources.md)`);
  const parsed = schemas.asOf.safeParse(yaml.load(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `field "${i.path.join('.') || '(file)'}": ${i.message}`).join('; ');
    throw new Error(`${file}: ${issues}`);
  }
  return { ...parsed.data, label: formatSpan(mustParseSpan(parsed.data.date)) };
}
