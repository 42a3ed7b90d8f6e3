import { describe, expect, it, vi } from 'vitest';

import { createStore } from './store.ts';

describe('store', () => {
  it('notifies subscribers with the new and previous state', () => {
    const store = createStore({ a: 1, b: 'x' });
    const listener = vi.fn();
    store.subscribe(listener);
    store.set({ a: 2 });
    expect(store.get()).toEqual({ a: 2, b: 'x' });
    expect(listener).toHaveBeenCalledWith({ a: 2, b: 'x' }, { a: 1, b: 'x' });
  });

  it('ignores writes that change nothing, including equal arrays', () => {
    const store = createStore({ list: ['Stalin', 'Trotsky'], n: 3 });
    const listener = vi.fn();
    store.subscribe(listener);
    store.set({ n: 3 });
    store.set({ list: ['Stalin', 'Trotsky'] });
    expect(listener).not.toHaveBeenCalled();
    store.set({ list: ['Stalin'] });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('stops notifying after unsubscribe', () => {
    const store = createStore({ a: 1 });
    const listener = vi.fn();
    const off = store.subscribe(listener);
    off();
    store.set({ a: 2 });
    expect(listener).not.toHaveBeenCalled();
  });
});
