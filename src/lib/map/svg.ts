/**
 * The little SVG/XML writing the map needs. Names and URLs come from content files, so every
 * piece of text and every attribute value is escaped here, in one place.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Attributes in the given order (so output is stable); undefined values are left out. */
export function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
    .join('');
}

/** A coordinate for an attribute: one decimal is plenty at these sizes. */
export function coord(v: number): string {
  return String(Math.round(v * 10) / 10);
}
