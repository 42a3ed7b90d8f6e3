/**
 * Resolves once the browser has drawn the page as it is now: after the next animation frame's
 * rendering (a task queued from requestAnimationFrame runs after that frame's style, layout and paint).
 * A hidden tab draws no frames: there, or once the tab is hidden, it resolves at once.
 */
export function afterNextPaint(): Promise<void> {
  if (document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      document.removeEventListener('visibilitychange', done);
      resolve();
    };
    document.addEventListener('visibilitychange', done);
    requestAnimationFrame(() => {
      window.setTimeout(done, 0);
    });
  });
}
