/**
 * On a phone or tablet the table is a strip that stays above the text, and at an ending the poster takes
 * the window from it. When the run's last choice brings a vote, the strip plays that vote first: the
 * poster waits until the table shows the run's end (its data-table-ending status), and then takes the
 * window. With reduced motion, or no table on screen, or a table beside the text, nothing waits (the
 * poster states the vote's tally itself).
 */

/** Longest wait for the table (the vote plays for about 3 s): the poster never waits on a stalled table. */
const MAX_WAIT_MS = 8000;

export class EndingHold {
  private watcher: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** `release` gives the window to the poster. */
  constructor(
    private readonly root: HTMLElement,
    private readonly release: () => void,
  ) {}

  get holding(): boolean {
    return this.watcher !== null;
  }

  /** Holds the poster back while the table strip plays the vote that ended the run, if it will (see `holding`). */
  start(ending: string): void {
    this.cancel();
    const table = this.root.querySelector<HTMLElement>('[data-table][data-table-ready]');
    const panel = table?.closest<HTMLElement>('.table-panel');
    const strip = panel ? getComputedStyle(panel).position === 'sticky' : false;
    if (!table || !strip || table.dataset.tableMotion !== 'full') return;
    const done = (): boolean => table.dataset.tableEnding === ending;
    if (done()) return;
    this.watcher = new MutationObserver(() => {
      if (done()) this.finish();
    });
    this.watcher.observe(table, { attributes: true, attributeFilter: ['data-table-ending'] });
    this.timer = setTimeout(() => {
      this.finish();
    }, MAX_WAIT_MS);
  }

  /** Stops waiting without giving the window to the poster (the run left its ending). */
  cancel(): void {
    this.watcher?.disconnect();
    this.watcher = null;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private finish(): void {
    this.cancel();
    this.release();
  }
}
