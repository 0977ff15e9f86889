/** The cite box's templates for one article (src/lib/cite-template.ts): one file, cached across its pages. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citeTemplates, sectionPlaces } from '../../lib/citation/cite-data.ts';
import { getDigest, type ArticleView } from '../../lib/digest.ts';
import { citationWork } from '../../lib/citation/metadata.ts';

export const getStaticPaths = (async () => {
  const { articles } = await getDigest();
  return articles.map((article) => ({ params: { article: article.id }, props: { article } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { article } = props as { article: ArticleView };
  const data = citeTemplates(citationWork(article.record, new URL(article.url, site).href), sectionPlaces(article, site));
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
