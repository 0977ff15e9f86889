/**
 * The one date the edition's own records hold as of (content/entities/as-of.yaml): descriptions, memberships and
 * roles are written to it, and every entity page says so. One file, so the rule cannot drift record by record.
 */
import { join } from 'node:path';
import { readYamlRecord } from '../yaml-record.ts';
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
  const record = readYamlRecord(
    join(contentRoot, 'entities', 'as-of.yaml'),
    'asOf',
    "states the date the edition's records hold as of (see content/guide/sources.md)",
  );
  return { ...record, label: formatSpan(mustParseSpan(record.date)) };
}
