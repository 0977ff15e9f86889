/**
 * Where the content lives. Tests point DIGEST_CONTENT at a small fixture folder to build a
 * tiny site (or to watch a bad one fail); everyone else gets ./content.
 */
export function contentRoot(): string {
  return (process.env.DIGEST_CONTENT ?? 'content').replace(/\/+$/, '');
}
