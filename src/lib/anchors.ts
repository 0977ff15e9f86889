/** The anchor scheme of DESIGN.md: `#p<N>` for paragraphs, fixed ids for headings. Published: never change. */

export function paragraphAnchor(n: number): string {
  return `p${n}`;
}

/** Parses `p12` back to 12; null for anything else. */
export function paragraphNumber(anchor: string): number | null {
  const m = /^p([1-9]\d*)$/.exec(anchor.replace(/^#/, ''));
  return m ? Number(m[1]) : null;
}
