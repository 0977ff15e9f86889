/**
 * Mention previews: pointing at or focusing a linked mention in the text shows the entity's name, kind and
 * one-line description in a card, as Wikipedia's page previews do. The data (one JSON file) is fetched on the
 * first such gesture; this script itself is loaded then too by previews-on-demand.ts, which listens for the
 * gestures and calls the functions here, so reading pages carry only that small file. Without JavaScript the
 * mention is a plain link.
 * WCAG 1.4.13: the card can be dismissed (Escape), hovered (it stays while the pointer is on it) and it stays
 * until the pointer or focus leaves. No inline styles (CSP): the card is placed through the CSSOM.
 */
interface Preview {
  name: string;
  kind: string;
  description: string;
}

const SHOW_DELAY = 350;
const HIDE_DELAY = 250;
let source: string;
let data: Promise<Record<string, Preview>> | undefined;
let card: HTMLDivElement | undefined;
let current: HTMLAnchorElement | undefined;
let showTimer: number | undefined;
let hideTimer: number | undefined;

const none: Record<string, Preview> = {};
const load = () => (data ??= fetch(source).then((r) => (r.ok ? (r.json() as Promise<Record<string, Preview>>) : none)).catch(() => none));

function cardElement(): HTMLDivElement {
  if (card) return card;
  card = document.createElement('div');
  card.className = 'preview-card';
  card.id = 'mention-preview';
  card.hidden = true;
  card.addEventListener('pointerenter', () => clearTimeout(hideTimer));
  card.addEventListener('pointerleave', () => scheduleHide());
  document.body.append(card);
  return card;
}

export function scheduleShow(a: HTMLAnchorElement): void {
  clearTimeout(hideTimer);
  clearTimeout(showTimer);
  if (a === current) return;
  showTimer = window.setTimeout(() => void show(a), SHOW_DELAY);
}

export function scheduleHide(): void {
  clearTimeout(showTimer);
  clearTimeout(hideTimer);
  hideTimer = window.setTimeout(hide, HIDE_DELAY);
}

async function show(a: HTMLAnchorElement): Promise<void> {
  const preview = (await load())[new URL(a.href).pathname];
  if (!preview) return;
  const c = cardElement();
  const name = Object.assign(document.createElement('p'), { className: 'preview-name' });
  name.append(Object.assign(document.createElement('strong'), { textContent: preview.name }), ` · ${preview.kind}`);
  const description = Object.assign(document.createElement('p'), { textContent: preview.description });
  const more = Object.assign(document.createElement('p'), { className: 'preview-more' });
  more.append(Object.assign(document.createElement('a'), { href: a.getAttribute('href')!, textContent: `Page on ${preview.name}` }));
  c.replaceChildren(name, description, more);
  current?.removeAttribute('aria-describedby');
  current = a;
  a.setAttribute('aria-describedby', c.id);
  c.hidden = false;
  place(c, a);
}

/** Below the mention, or above it when there is no room below; kept inside the viewport's width. */
function place(c: HTMLDivElement, a: HTMLAnchorElement): void {
  const r = a.getBoundingClientRect();
  const width = c.offsetWidth;
  const left = Math.max(8, Math.min(r.left, document.documentElement.clientWidth - width - 8));
  const below = r.bottom + 8 + c.offsetHeight < window.innerHeight || r.top < c.offsetHeight + 8;
  c.style.left = `${left + window.scrollX}px`;
  c.style.top = `${(below ? r.bottom + 8 : r.top - c.offsetHeight - 8) + window.scrollY}px`;
}

function hide(): void {
  if (!card || card.hidden) return;
  card.hidden = true;
  current?.removeAttribute('aria-describedby');
  current = undefined;
}

/** Where the previews' data is; called once, when this script is loaded. */
export function init(url: string): void {
  source = url;
}

/** Focus moved to something that is not a mention: the card goes, unless focus is in the card itself. */
export function focusElsewhere(target: EventTarget | null): void {
  if (!card?.contains(target as Node)) scheduleHide();
}

/** Escape. */
export function dismiss(): void {
  clearTimeout(showTimer);
  hide();
}
