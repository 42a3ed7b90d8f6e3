import { describe, expect, it } from 'vitest';

import { LOOKS, MEMBERS } from './looks.ts';
import { chairSvg, portraitSvg, POSES } from './portraitSvg.ts';

/** A small well-formedness check without a DOM: every tag opened is closed, in order. */
function balanced(svg: string): boolean {
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = m;
    if (name === undefined) return false;
    if (selfClosing) continue;
    if (closing) {
      if (stack.pop() !== name) return false;
    } else stack.push(name);
  }
  return stack.length === 0;
}

/** The shapes that make a face known at a glance: hair, beard, moustache, glasses. */
function silhouette(svg: string): string {
  return ['hair', 'beard', 'moustache', 'glasses']
    .map((part) => new RegExp(`<g data-part="${part}">(.*?)</g>`).exec(svg)?.[1] ?? '')
    .join('|');
}

describe('portraitSvg', () => {
  it('draws every member of 1922–1929 in every pose as a well-formed, sized SVG', () => {
    expect(MEMBERS).toHaveLength(13);
    for (const member of MEMBERS) {
      for (const pose of POSES) {
        const svg = portraitSvg(member, pose, { width: 96 });
        expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
        expect(svg).toContain('viewBox="0 0 120 150"');
        expect(svg).toContain('width="96" height="120"');
        expect(svg).toContain(`aria-label="${member}, ${pose}"`);
        expect(balanced(svg), `${member} ${pose}`).toBe(true);
        expect(svg).not.toMatch(/NaN|undefined|Infinity/);
      }
    }
  });

  it('gives each member a silhouette of their own', () => {
    const shapes = MEMBERS.map((m) => silhouette(portraitSvg(m, 'neutral')));
    expect(new Set(shapes).size).toBe(MEMBERS.length);
    // The defining features are really there.
    const parts = (m: (typeof MEMBERS)[number]): string => portraitSvg(m, 'neutral');
    expect(parts('Trotsky')).toContain('data-part="glasses"');
    expect(parts('Trotsky')).toContain('data-part="beard"');
    expect(parts('Stalin')).toContain('data-part="moustache"');
    expect(parts('Stalin')).not.toContain('data-part="beard"');
    expect(parts('Zinoviev')).not.toContain('data-part="beard"');
    expect(LOOKS.Lenin.hair).toBe('dome');
  });

  it('draws three different poses: the speaker gestures, the hostile one turns away', () => {
    for (const member of MEMBERS) {
      const [neutral, speaking, hostile] = POSES.map((p) => portraitSvg(member, p));
      expect(new Set([neutral, speaking, hostile]).size).toBe(3);
      expect(speaking).toContain('data-part="gesture"');
      expect(neutral).not.toContain('data-part="gesture"');
      expect(hostile).not.toContain('data-part="gesture"');
    }
  });

  it('has a high-contrast version with outlines', () => {
    const normal = portraitSvg('Kamenev', 'neutral');
    const high = portraitSvg('Kamenev', 'neutral', { contrast: 'high' });
    expect(high).not.toBe(normal);
    expect(high).toContain('stroke="#000000"');
    expect(balanced(high)).toBe(true);
  });

  it('draws the empty chair, with a mourning band when asked', () => {
    const chair = chairSvg();
    const mourning = chairSvg({ mourning: true, width: 60 });
    expect(balanced(chair) && balanced(mourning)).toBe(true);
    expect(mourning).toContain('mourning band');
    expect(mourning.length).toBeGreaterThan(chair.length);
    expect(mourning).toContain('width="60" height="75"');
  });
});
