import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { SAMPLE_RATE, sounds } from './makeSounds.ts';

/** A 16-bit mono WAV's header fields and samples. */
function read(bytes: Uint8Array): { rate: number; bits: number; channels: number; samples: Int16Array } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint32(40, true) / 2;
  const samples = new Int16Array(length);
  for (let i = 0; i < length; i++) samples[i] = view.getInt16(44 + i * 2, true);
  return {
    rate: view.getUint32(24, true),
    channels: view.getUint16(22, true),
    bits: view.getUint16(34, true),
    samples,
  };
}

describe('the sounds in assets/sounds/', () => {
  for (const [name, made] of Object.entries(sounds())) {
    it(`${name} is what src/tools/makeSounds.ts makes`, () => {
      const kept = read(new Uint8Array(readFileSync(`assets/sounds/${name}`)));
      const fresh = read(made);
      expect([kept.rate, kept.channels, kept.bits]).toEqual([SAMPLE_RATE, 1, 16]);
      expect(kept.samples.length).toBe(fresh.samples.length);
      // Within one step of 16 bits: another machine's last floating-point bit may round differently.
      let worst = 0;
      kept.samples.forEach((s, i) => (worst = Math.max(worst, Math.abs(s - (fresh.samples[i] ?? 0)))));
      expect(worst).toBeLessThanOrEqual(1);
      // Audible and never clipped.
      const peak = Math.max(...Array.from(kept.samples, Math.abs));
      expect(peak).toBeGreaterThan(3000);
      expect(peak).toBeLessThan(32767);
    });
  }
});
