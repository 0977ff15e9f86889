// Headless Chromium for page weights and search timing, chosen as playwright.config.ts chooses it:
// Playwright's own build where installed, otherwise Debian's /usr/bin/chromium (browsers cannot be
// downloaded on these machines). The flags keep Chromium from calling Google's services, which
// would add requests (and noise) that no visitor's page load makes.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM_FLAGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export function chromiumPath() {
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    // no Playwright browser registered
  }
  return bundled && existsSync(bundled) ? bundled : '/usr/bin/chromium';
}

export function launchBrowser() {
  const executablePath = chromiumPath();
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
}
