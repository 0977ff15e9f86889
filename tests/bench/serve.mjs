// Serves a temp build with the project's own static server (src/server/serve.mjs), so pages arrive with
// the same headers (CSP from _headers, content types) a static host sends. One server per build,
// each on its own port: BENCH_PORT_BASE (default 4466) and the two after it, so that two benches on one
// machine (one per work tree) can run at once; stopped by its pid, never by name.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './util.mjs';

const PORT_BASE = Number(process.env.BENCH_PORT_BASE ?? 4466);
if (!Number.isInteger(PORT_BASE) || PORT_BASE < 1024 || PORT_BASE > 65533) throw new Error(`BENCH_PORT_BASE "${process.env.BENCH_PORT_BASE}" is not a port from 1024 to 65533`);
export const PORTS = { site: PORT_BASE, starlight: PORT_BASE + 1, scale: PORT_BASE + 2 };

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
