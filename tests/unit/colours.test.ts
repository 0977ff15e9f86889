/**
 * The theme colours in src/styles/global.css, light and dark, against WCAG 2.2's contrast minimum (1.4.3: 4.5:1
 * for text; 1.4.11: 3:1 for rules that mark a control's edge). axe checks rendered pages; this checks every pair
 * the stylesheet can produce, including ones no sampled page happens to show. src/styles/DESIGN.md quotes the ratios.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');

function palette(block: string): Record<string, string> {
  const full = (hex: string) => (hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex).toLowerCase();
  return Object.fromEntries([...block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6}|#[0-9a-f]{3})\b/gi)].map((m) => [m[1]!, full(m[2]!)]));
}
const light = palette(css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {'))));
const darkStart = css.indexOf(':root {', css.indexOf('prefers-color-scheme: dark'));
const dark = { ...light, ...palette(css.slice(darkStart, css.indexOf('}', darkStart))) };

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/** Text colour × background, as the stylesheet combines them. */
const TEXT_PAIRS = [
  ['fg', 'bg'], ['muted', 'bg'], ['link', 'bg'], ['link-visited', 'bg'], ['focus', 'bg'],
  ['fg', 'accent-bg'], ['muted', 'accent-bg'], ['link', 'accent-bg'], ['fg', 'mark'], ['link', 'mark'],
];

for (const [name, theme] of [['light', light], ['dark', dark]] as const) {
  test(`every text colour of the ${name} theme reaches 4.5:1 on the backgrounds it is used on`, () => {
    for (const [fg, bg] of TEXT_PAIRS) {
      const ratio = contrast(theme[fg!]!, theme[bg!]!);
      assert.ok(ratio >= 4.5, `${name}: --${fg} on --${bg} is ${ratio.toFixed(2)}:1`);
    }
  });

  test(`control borders of the ${name} theme (the --muted edge of inputs and buttons) reach 3:1`, () => {
    assert.ok(contrast(theme.muted!, theme.bg!) >= 3);
  });
}

if (process.env.PRINT_CONTRAST) {
  for (const [fg, bg] of TEXT_PAIRS) console.log(`| --${fg} on --${bg} | ${contrast(light[fg!]!, light[bg!]!).toFixed(1)}:1 | ${contrast(dark[fg!]!, dark[bg!]!).toFixed(1)}:1 |`);
}
