/**
 * Writes public/favicon.png, the icon pages link, from public/favicon.svg, the drawing. Run it after changing
 * the drawing: node tests/tools/favicon-png.mjs
 *
 * Why a PNG: to draw an SVG icon Chromium builds a whole SVG document on the page's main thread (about 15 ms
 * here, after the page is shown, on every first visit); a PNG is decoded in a fraction of a millisecond.
 * The SVG stays published (its address must not disappear). The PNG is 32 × 32 in 16 colours: every pixel
 * of the drawing is navy, white, transparent or a blend of two of them, and the blends are snapped to a few
 * steps, which keeps the file at about 300 bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { launchBrowser } from '../helpers/browser.mjs';

const SIZE = 32;
const NAVY = [0x1d, 0x3b, 0x5c];
const STEPS = 4;
const root = join(import.meta.dirname, '../..');
const svg = readFileSync(join(root, 'public/favicon.svg'), 'utf8');
if (!svg.includes('#1d3b5c')) throw new Error('public/favicon.svg: its navy is no longer #1d3b5c; update NAVY in this tool');

const browser = await launchBrowser();
let rgba;
try {
  const page = await browser.newPage();
  rgba = await page.evaluate(async ({ svg, size }) => {
    const img = new Image();
    img.src = `data:image/svg+xml;base64,${btoa(svg)}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const g = canvas.getContext('2d');
    g.drawImage(img, 0, 0, size, size);
    return [...g.getImageData(0, 0, size, size).data];
  }, { svg, size: SIZE });
} finally {
  await browser.close();
}

/** A pixel snapped to the palette: its opacity and its share of white, each in STEPS steps. */
function snap(i) {
  const alpha = Math.round((rgba[i + 3] / 255) * STEPS) / STEPS;
  const white = Math.round(Math.min(1, Math.max(0, (rgba[i] - NAVY[0]) / (255 - NAVY[0]))) * STEPS) / STEPS;
  const rgb = alpha === 0 ? [0, 0, 0] : NAVY.map((c) => Math.round(c + (255 - c) * white));
  return [...rgb, Math.round(alpha * 255)].join(',');
}

const pixels = Array.from({ length: SIZE * SIZE }, (_, p) => snap(p * 4));
const palette = [...new Set(pixels)];
if (palette.length > 16) throw new Error(`the icon needs ${palette.length} colours; a 4-bit PNG holds 16`);
const index = new Map(palette.map((c, i) => [c, i]));
// Each row: filter byte 0, then two 4-bit palette indices per byte.
const rowBytes = SIZE / 2 + 1;
const raw = Buffer.alloc(SIZE * rowBytes);
pixels.forEach((c, p) => {
  const x = p % SIZE;
  raw[Math.floor(p / SIZE) * rowBytes + 1 + (x >> 1)] |= index.get(c) << (x & 1 ? 0 : 4);
});

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 4; // bits per index
header[9] = 3; // indexed colour
const channels = palette.map((c) => c.split(',').map(Number));
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('PLTE', Buffer.from(channels.flatMap((c) => c.slice(0, 3)))),
  chunk('tRNS', Buffer.from(channels.map((c) => c[3]))),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(join(root, 'public/favicon.png'), png);
console.log(`public/favicon.png: ${SIZE} × ${SIZE}, ${palette.length} colours, ${png.length} bytes`);
