/**
 * `import url from './x.ts?on-demand'`: the URL of x.ts bundled as a script of its own, for a page script
 * to `import(url)` when a reader first needs it (the cite box's enhancements, mention previews). A plain
 * `import('./x.ts')` would do the same but Vite wraps it in its preload helper, a chunk of its own that every
 * page would then load first; here the script is an emitted chunk and the page holds its URL only.
 */
import type { Plugin } from 'vite';

const SUFFIX = '?on-demand';

export function onDemandScripts(): Plugin {
  let serve = false;
  return {
    name: 'digest:on-demand-scripts',
    configResolved(config) {
      serve = config.command === 'serve';
    },
    async resolveId(source, importer) {
      if (!source.endsWith(SUFFIX)) return null;
      const resolved = await this.resolve(source.slice(0, -SUFFIX.length), importer);
      return resolved && `${resolved.id}${SUFFIX}`;
    },
    load(id) {
      if (!id.endsWith(SUFFIX)) return null;
      const file = id.slice(0, -SUFFIX.length);
      // `astro dev` serves modules by their file path.
      if (serve) return `export default ${JSON.stringify(`/@fs${file}`)};`;
      const ref = this.emitFile({ type: 'chunk', id: file });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
