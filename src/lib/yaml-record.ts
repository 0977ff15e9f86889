/**
 * A single YAML record outside Astro's collections (the site record, the as-of rule): read and checked
 * against its schema, with the same plain messages as every other record (file, line, field, value).
 */
import { existsSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { displayPath, shapeErrors } from './content-check.ts';
import { schemas } from './schemas.ts';

type Single = 'asOf' | 'site';

export function readYamlRecord<K extends Single>(file: string, kind: K, whatItIs: string): z.output<(typeof schemas)[K]> {
  if (!existsSync(file)) throw new Error(`${file}: missing; it ${whatItIs}`);
  const text = readFileSync(file, 'utf8');
  const data = yaml.load(text);
  const errors = shapeErrors(kind, data, displayPath(file), text);
  if (errors.length) throw new Error(errors.join('\n'));
  return schemas[kind].parse(data) as z.output<(typeof schemas)[K]>;
}
