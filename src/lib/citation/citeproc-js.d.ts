// citeproc-js ships no type declarations; this covers only what ./citeproc.ts uses.
declare module 'citeproc' {
  interface Sys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): unknown;
  }
  interface CitationItem {
    id: string;
    locator?: string;
    label?: string;
  }
  class Engine {
    constructor(sys: Sys, style: string, lang?: string, forceLang?: boolean);
    setOutputFormat(format: 'text' | 'html'): void;
    updateItems(ids: string[]): void;
    makeBibliography(): [unknown, string[]] | false;
    previewCitationCluster(citation: { citationItems: CitationItem[]; properties: { noteIndex: number } }, pre: unknown[], post: unknown[], format: 'text' | 'html'): string;
  }
  const CSL: { Engine: typeof Engine };
  export default CSL;
}
