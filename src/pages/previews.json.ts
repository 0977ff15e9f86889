/** /previews.json: the mention previews' data (src/lib/entities/previews.ts), from the same records as the entity pages. */
import { ENTITY_KINDS, getDigest } from '../lib/digest.ts';
import { buildPreviews } from '../lib/entities/previews.ts';
import { entityUrl } from '../lib/urls.ts';

export async function GET() {
  const { entities } = await getDigest();
  const all = ENTITY_KINDS.flatMap((kind) => entities[kind].map((e) => ({ kind, id: e.id, data: e.data })));
  return new Response(JSON.stringify(buildPreviews(all, entityUrl)), { headers: { 'Content-Type': 'application/json' } });
}
