/**
 * Keeps the reader's place in a run across a change that reflows the page (text size, font, line
 * spacing, display): the passage or choice at the top of what they can see, below the sticky masthead
 * and table, is where it was after the change. Without this a larger text size left the reader hundreds
 * of pixels above where they were reading.
 */
const READING = '[data-transcript] > :not([hidden]), [data-choices] button, [data-ending]';

/** Where the sticky masthead and table end: the top of what the reader can see of the page. */
function visibleTop(): number {
  let top = 0;
  for (const el of document.querySelectorAll<HTMLElement>('.masthead, .table-panel')) {
    const { position } = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    if ((position === 'sticky' || position === 'fixed') && box.top <= 1 && box.height > 0)
      top = Math.max(top, box.bottom);
  }
  return top;
}

export function keepingPlace(change: () => void): void {
  const top = visibleTop();
  const anchor = [...document.querySelectorAll<HTMLElement>(READING)].find(
    (el) => el.getBoundingClientRect().bottom > top,
  );
  const offset = anchor ? anchor.getBoundingClientRect().top - top : 0;
  change();
  if (!anchor?.isConnected) return;
  const moved = anchor.getBoundingClientRect().top - visibleTop() - offset;
  if (Math.abs(moved) >= 1) window.scrollBy(0, moved);
}
