/** The article's citation as files (/<article>/cite.bib, .ris, .json): the same text the cite box shows. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CITATION_FORMATS, formatCitation, type CitationFormatInfo } from '../../lib/citation/index.ts';
import { getDigest, type ArticleView } from '../../lib/digest.ts';
import { citationWork } from '../../lib/citation/metadata.ts';

export const getStaticPaths = (async () => {
  const { articles } = await getDigest();
  return articles.flatMap((article) =>
    CITATION_FORMATS.filter((f) => f.download).map((format) => ({ params: { article: article.id, ext: format.download!.extension }, props: { article, format } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { article, format } = props as { article: ArticleView; format: CitationFormatInfo };
  const work = citationWork(article.record, new URL(article.url, site).href);
  return new Response(formatCitation(format.id, work), { headers: { 'Content-Type': `${format.download!.mime}; charset=utf-8` } });
};
