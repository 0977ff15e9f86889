/** `./x.ts?on-demand`: the URL of x.ts bundled on its own (src/integrations/on-demand.ts). */
declare module '*?on-demand' {
  const url: string;
  export default url;
}
