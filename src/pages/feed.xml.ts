/** The Atom feed of the digest: articles added and corrections made (src/lib/data/feed.ts). */
import type { APIRoute } from 'astro';
import { getFeed } from '../lib/data/site.ts';

export const GET: APIRoute = async ({ site }) => new Response(await getFeed(site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
