/**
 * End-to-end tests against the production build (dist/), served the way a static host serves it.
 * Run `npm run build:local` first (`npm test` does). Two projects: `e2e` (tests/e2e/, part of `npm test`)
 * and `a11y` (tests/a11y/, axe over every page, `npm run test:a11y`, run before a release). The browser is a headless
 * Chromium shell where one is installed, else the full browser (tests/helpers/browser.mjs says which and why).
 */
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, testBrowserPath } from './helpers/browser.mjs';

const port = Number(process.env.E2E_PORT ?? 4399);
const use = { ...devices['Desktop Chrome'], launchOptions: { executablePath: testBrowserPath(), args: CHROMIUM_FLAGS } };

export default defineConfig({
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
  },
  projects: [
    { name: 'e2e', testDir: 'e2e', use },
    { name: 'a11y', testDir: 'a11y', use },
  ],
  webServer: {
    command: `node src/server/serve.mjs ${port}`,
    // The server serves dist/ from the project root, one level up from this file.
    cwd: '..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
