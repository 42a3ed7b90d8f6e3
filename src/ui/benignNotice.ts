/**
 * Browser notices that reach window.onerror without being errors of the game. Chromium reports a
 * ResizeObserver that could not deliver every notification in one frame as an error event with no error
 * object (the notifications arrive in the next frame); a text-size change, a window resize or a style
 * sheet that failed to load can all cause it. Only these exact notices are let through, so a real error,
 * which has an error object or another message, still opens the recovery screen.
 */
const RESIZE_OBSERVER_LOOP =
  /^ResizeObserver loop (completed with undelivered notifications|limit exceeded)\.?$/;

export function isBenignNotice(event: { message?: string; error?: unknown }): boolean {
  return (
    (event.error === null || event.error === undefined) && RESIZE_OBSERVER_LOOP.test(event.message ?? '')
  );
}
