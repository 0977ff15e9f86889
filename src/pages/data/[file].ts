/** Every file under /data/: each dataset as CSV and JSON, and each JSON's schema (src/lib/data/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASET_FILES, DATASET_IDS } from '../../lib/data/datasets.ts';
import { getSiteData } from '../../lib/data/site.ts';
import { dataFileUrl } from '../../lib/urls.ts';

export const getStaticPaths = (() => DATASET_IDS.flatMap((id) => DATASET_FILES(id).map((file) => ({ params: { file } })))) satisfies GetStaticPaths;

const TYPES: Record<string, string> = { csv: 'text/csv; charset=utf-8; header=present', json: 'application/json; charset=utf-8' };

export const GET: APIRoute = async ({ params, site }) => {
  const { files } = await getSiteData(site);
  const body = files.get(params.file!);
  if (body === undefined) throw new Error(`${dataFileUrl(params.file!)}: no dataset makes this file`);
  return new Response(body, { headers: { 'Content-Type': TYPES[params.file!.split('.').pop()!]! } });
};
