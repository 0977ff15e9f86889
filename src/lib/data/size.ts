/** File sizes as /data/ states them: exact bytes, and a short form for links. Computed from the text the build writes. */
export const byteSize = (text: string) => Buffer.byteLength(text, 'utf8');

/** "1,234,567 bytes": grouped by hand, so the output does not depend on the machine's locale data. */
export const bytesText = (n: number) => `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} bytes`;

/** "987 bytes", "12.3 KB", "1.2 MB" (1 KB = 1,000 bytes). */
export function fileSize(n: number): string {
  if (n < 1000) return `${n} bytes`;
  if (n < 1_000_000) return `${(n / 1000).toFixed(1)} KB`;
  return `${(n / 1_000_000).toFixed(1)} MB`;
}
