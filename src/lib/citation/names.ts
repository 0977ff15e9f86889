/**
 * The one name form. An author record holds the given names exactly as the byline prints them ("Oleg G.",
 * or "A. V." where only initials are printed); every output either uses that form or, where a style
 * abbreviates, the initials derived here. Nothing adds a name the print does not show.
 */

export interface PrintedName {
  family: string;
  /** As printed: "Oleg G.", "A. V.". */
  given: string;
}

/** "Oleg G." → "O. G."; "Jean-Paul" → "J.-P."; initials stay as they are. */
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

/** "Oleg G. Karpovich" */
export const naturalName = (a: PrintedName): string => `${a.given} ${a.family}`;

/** "Karpovich, Oleg G." — the form of Highwire and Dublin Core author tags. */
export const invertedName = (a: PrintedName): string => `${a.family}, ${a.given}`;

/** "O. G. Karpovich" */
export const initialledName = (a: PrintedName): string => `${initialsOf(a.given)} ${a.family}`;
