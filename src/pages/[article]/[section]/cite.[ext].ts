/**
 * A section's citation as files (/<article>/<section>/cite.bib, .ris, .json): the text the section's
 * cite box shows without JavaScript (section title — marked if editorial — and stable URL, no access date).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CITATION_FORMATS, formatCitation, type CitationFormatInfo } from '../../../lib/citation/index.ts';
import { getDigest, type ArticleView, type SectionView } from '../../../lib/digest.ts';
import { citationWork } from '../../../lib/citation/metadata.ts';
import { sectionPinpoint, sectionPlaces } from '../../../lib/citation/cite-data.ts';

export const getStaticPaths = (async () => {
  const { articles } = await getDigest();
  return articles.flatMap((article) =>
    article.sections.flatMap((section) =>
      CITATION_FORMATS.filter((f) => f.download).map((format) => ({
        params: { article: article.id, section: section.data.id, ext: format.download!.extension },
        props: { article, section, format },
      })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { article, section, format } = props as { article: ArticleView; section: SectionView; format: CitationFormatInfo };
  const work = citationWork(article.record, new URL(article.url, site).href);
  const pinpoint = sectionPinpoint(sectionPlaces(article, site).find((p) => p.id === section.data.id)!);
  return new Response(formatCitation(format.id, work, pinpoint), { headers: { 'Content-Type': `${format.download!.mime}; charset=utf-8` } });
};
