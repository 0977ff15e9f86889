/**
 * The one name form. An author record holds the given names exactly as the byline prints them ("Anna B.",
 * or "A. V." where only initials are printed); every output either uses that form or, where a style
 * abbreviates, the initials derived here. Nothing adds a name the print does not show.
 */

export interface PrintedName {
  family: string;
  /** As printed: "Anna B.", "C. D.". */
  given: string;
}

/** "Anna B." → "A. B."; "Jean-Paul" → "J.-P."; initials stay as they are. */
export function initialsOf(given: string): string {
  return given
    .trim()
    .split(/\s+/)
    .map((word) =>
      word
        .split('-')
        .map((part) => `${[...part][0] ?? ''}.`)
        .join('-'),
    )
    .join(' ');
}

/** "Anna B. Smith" */
export const naturalName = (a: PrintedName): string => `${a.given} ${a.family}`;

/** "Smith, Anna B." — the form of Highwire and Dublin Core author tags. */
export const invertedName = (a: PrintedName): string => `${a.family}, ${a.given}`;

/** "A. B. Smith" */
export const initialledName = (a: PrintedName): string => `${initialsOf(a.given)} ${a.family}`;
