/**
 * Room to read on a small window with large text. On a phone the table's strip stays in view above the
 * story and the meter bar below it; with the browser's text at 200% (or the page zoomed in) on a small
 * phone, the two left the story a line or none between them. When that room would hold fewer than
 * READING_LINES lines of the story's text, the app is marked `data-cramped`, and the strip and the bar
 * scroll with the page as they do at an ending (styles.css): the window is the text's, the table a
 * scroll up. Wider windows lay the table beside the text and are never marked.
 */
const READING_LINES = 4;

const PARTS = ['.masthead', '.table-panel .table', '.table-panel .meters'];

export function keepReadingRoom(app: HTMLElement): void {
  const height = (selector: string): number => app.querySelector<HTMLElement>(selector)?.offsetHeight ?? 0;
  const update = (): void => {
    const text = getComputedStyle(app.querySelector('.story') ?? app);
    const line = Number.parseFloat(text.lineHeight) || 1.5 * Number.parseFloat(text.fontSize);
    // The parts' own heights, which stay the same when they stop being fixed: the mark cannot flicker.
    const room = window.innerHeight - PARTS.reduce((sum, part) => sum + height(part), 0);
    // The strip's height is defined only where the page lays the table above the text (styles.css).
    const strip = getComputedStyle(document.documentElement).getPropertyValue('--strip-h') !== '';
    app.toggleAttribute('data-cramped', strip && room < READING_LINES * line);
  };
  // The observer reports each part's size once at the start (after the first layout, before the first
  // paint), so the page is measured then, not by a forced layout while the app is being built.
  const observer = new ResizeObserver(update);
  for (const part of PARTS) {
    const element = app.querySelector(part);
    if (element) observer.observe(element);
  }
  window.addEventListener('resize', update);
}
