// Which Chromium the tests, the bench and the screenshots drive. Machines here cannot download browsers,
// so Playwright's own builds are used where installed and Debian's packages otherwise.
//
// Tests run in the headless shell (Debian's chromium-headless-shell, or Playwright's own, which is what
// Playwright runs headless by default): the same Blink, without the full browser's window machinery. On a
// two-core machine a new page there costs about a third of the CPU a page of the full browser does, and a
// test opens one page or more. Lighthouse measures in the shell too (see lighthouseBrowser); the page weights,
// search timings and screenshots use the full browser, as a reader does.
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

/**
 * The browser Lighthouse measures in: 'shell' (the default; Debian's headless shell, else the full browser) or
 * 'full' (the full browser in its headless mode). Both run the same Blink on the page's main thread, which is what
 * Lighthouse's simulation scales up. The full browser also runs the desktop browser's own machinery beside the page
 * (a renderer for its WebUI among it), and on two cores that work competes with the page being measured and
 * lengthens its tasks: a control page of two elements, no stylesheet and no script, scored 92–100 there
 * (blocking time 27–354 ms, 10 runs) and 100 in the shell (0–17 ms, 8 runs), on the same machine within the hour.
 * The full browser stays an option, to compare.
 * @param {'shell' | 'full'} kind
 */
export function lighthouseBrowser(kind = 'shell') {
  if (kind === 'shell' && existsSync(DEBIAN_HEADLESS_SHELL)) return { kind, path: DEBIAN_HEADLESS_SHELL, flags: CHROMIUM_FLAGS };
  return { kind: 'full', path: chromiumPath(), flags: ['--headless=new', ...CHROMIUM_FLAGS] };
}

/** A browser for a test outside Playwright's runner (tests/build/renamed-section.test.ts). */
export function launchTestBrowser() {
  return chromium.launch({ executablePath: testBrowserPath(), args: CHROMIUM_FLAGS });
}

/** The full browser, for the bench's page weights and search timings: what a reader's browser fetches. */
export function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
}
