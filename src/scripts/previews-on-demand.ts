/**
 * Mention previews: this file listens for the gestures (pointing at or focusing a linked mention, leaving it,
 * Escape) and loads previews.ts, which shows the cards, on the first gesture that needs one. Until then a
 * reading page carries only this; the mention the reader is still on when the script arrives gets its card.
 */
import previewsScript from './previews.ts?on-demand';

type Previews = typeof import('./previews.ts');

const source = document.querySelector<HTMLElement>('[data-previews]')?.dataset.previews;
if (source) {
  const mentionOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLAnchorElement>('a.mention') : null);
  let previews: Previews | undefined;
  let loading = false;
  let pending: HTMLAnchorElement | null = null;
  const enter = (a: HTMLAnchorElement) => {
    if (previews) return previews.scheduleShow(a);
    pending = a;
    if (loading) return;
    loading = true;
    void (import(/* @vite-ignore */ previewsScript) as Promise<Previews>).then((m) => {
      previews = m;
      m.init(source);
      if (pending) m.scheduleShow(pending);
    });
  };
  const leave = () => (previews ? previews.scheduleHide() : (pending = null));
  document.addEventListener('pointerover', (e) => {
    const a = mentionOf(e.target);
    if (a) enter(a);
  });
  document.addEventListener('pointerout', (e) => {
    if (mentionOf(e.target)) leave();
  });
  document.addEventListener('focusin', (e) => {
    const a = mentionOf(e.target);
    if (a) enter(a);
    else if (previews) previews.focusElsewhere(e.target);
    else pending = null;
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') previews?.dismiss();
  });
}
