// Which Chromium the tests, the bench and the screenshots drive. Machines here cannot download browsers,
// so Playwright's own builds are used where installed and Debian's packages otherwise.
//
// Tests run in the headless shell (Debian's chromium-headless-shell, or Playwright's own, which is what
// Playwright runs headless by default): the same Blink, without the full browser's window machinery. On a
// two-core machine a new page there costs about a third of the CPU a page of the full browser does, and a
// test opens one page or more. Lighthouse and the screenshots use the full browser, as a reader does.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

// Without these, Chromium keeps trying to reach Google's services, which this network refuses; the
// requests would also add noise that no visitor's page load has.
export const CHROMIUM_FLAGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const DEBIAN_BROWSER = '/usr/bin/chromium';
const DEBIAN_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/** Playwright's own Chromium, where its browsers are installed; otherwise ''. */
function playwrightChromium() {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : '';
  } catch {
    return '';
  }
}

/** The full browser: Playwright's where installed, else Debian's. */
export function chromiumPath() {
  return playwrightChromium() || DEBIAN_BROWSER;
}

/**
 * The browser for tests: undefined lets Playwright pick its own headless shell where its browsers are
 * installed; else Debian's headless shell; else Debian's full browser, which runs the same tests, slower.
 */
export function testBrowserPath() {
  if (playwrightChromium()) return undefined;
  return existsSync(DEBIAN_HEADLESS_SHELL) ? DEBIAN_HEADLESS_SHELL : DEBIAN_BROWSER;
}

/** A browser for a test outside Playwright's runner (tests/build/renamed-section.test.ts). */
export function launchTestBrowser() {
  return chromium.launch({ executablePath: testBrowserPath(), args: CHROMIUM_FLAGS });
}

/** The full browser, for the bench's page weights and search timings: what a reader's browser fetches. */
export function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
}
