// Serves a temp build with the project's own static server (src/server/serve.mjs), so pages arrive with
// the same headers (CSP from _headers, content types) a static host sends. One server per build,
// each on its own port: 4466–4468, or from BENCH_PORT on (BENCH_PORT=4476 gives 4476–4478), so two checkouts
// on one machine can bench at once; stopped by its pid, never by name.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './util.mjs';

const first = Number(process.env.BENCH_PORT) || 4466;
export const PORTS = { site: first, starlight: first + 1, scale: first + 2 };

/** @returns {Promise<{ base: string, stop: () => Promise<void> }>} */
export async function serve(distDir, port) {
  const proc = spawn(process.execPath, [join(projectRoot, 'src/server/serve.mjs'), String(port)], {
    env: { ...process.env, DIST_DIR: distDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  proc.stderr.on('data', (d) => (err += d));
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server on port ${port} did not start: ${err}`)), 10_000);
    proc.stdout.on('data', (d) => String(d).includes('Serving') && (clearTimeout(timer), resolve()));
    proc.on('exit', (code) => (clearTimeout(timer), reject(new Error(`server on port ${port} exited (${code}): ${err}`))));
  });
  return {
    // "localhost", not 127.0.0.1: the bench's main build sets SITE_URL to this origin, so canonical
    // URLs point at the page being audited, as on a real host.
    base: `http://localhost:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (proc.exitCode !== null) return resolve();
        proc.once('exit', () => resolve());
        proc.kill();
      }),
  };
}
