/**
 * Node-only: writes the game's two sounds as WAV files under assets/sounds/ (the game plays the files; it
 * makes no sound in code). They are synthesised here, deterministically, so they can be remade or
 * changed by editing a number; a unit test checks that the committed files are what this script makes.
 *
 *   npx tsx src/tools/makeSounds.ts
 *
 * - choice-click.wav: a choice is made, a short burst of band-passed noise (paper) over a low falling
 *   thump (the gavel).
 * - vote-bell.wav: a forum votes, a small hand bell, a few inharmonic partials dying away.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { mulberry32 } from '../sim/random.ts';

/** 16 kHz is enough: the highest partial is under 4 kHz and the paper noise is band-passed at 2.4 kHz. */
export const SAMPLE_RATE = 16_000;

/** An exponential ramp from a to b over the time from t0 to t1, as WebAudio's exponentialRampToValueAtTime. */
function ramp(t: number, t0: number, t1: number, a: number, b: number): number {
  if (t <= t0) return a;
  if (t >= t1) return b;
  return a * (b / a) ** ((t - t0) / (t1 - t0));
}

/** The click: 60 ms of noise with a falling envelope through a band-pass filter, over a 130 ms thump. */
export function click(): Float32Array {
  const out = new Float32Array(Math.round(SAMPLE_RATE * 0.13));
  // The noise, through an RBJ band-pass (0 dB peak) at 2.4 kHz, Q 0.8: WebAudio's 'bandpass' biquad.
  const random = mulberry32(1922);
  const noiseLength = Math.floor(SAMPLE_RATE * 0.06);
  const w0 = (2 * Math.PI * 2400) / SAMPLE_RATE;
  const alpha = Math.sin(w0) / (2 * 0.8);
  const a0 = 1 + alpha;
  const [b0, b2, a1, a2] = [alpha / a0, -alpha / a0, (-2 * Math.cos(w0)) / a0, (1 - alpha) / a0];
  let [x1, x2, y1, y2] = [0, 0, 0, 0];
  let phase = 0;
  for (let i = 0; i < out.length; i++) {
    const x = i < noiseLength ? (random() * 2 - 1) * (1 - i / noiseLength) ** 2 : 0;
    const y = b0 * x + b2 * x2 - a1 * y1 - a2 * y2;
    [x2, x1, y2, y1] = [x1, x, y1, y];
    const t = i / SAMPLE_RATE;
    phase += (2 * Math.PI * ramp(t, 0, 0.09, 150, 60)) / SAMPLE_RATE;
    out[i] = 0.18 * y + ramp(t, 0, 0.12, 0.22, 0.001) * Math.sin(phase);
  }
  return out;
}

/** The bell: four partials of 660 Hz, each struck in 8 ms and dying away at its own pace. */
export function bell(): Float32Array {
  const partials = [
    [1, 0.12, 1.6],
    [2.01, 0.06, 1.1],
    [2.76, 0.05, 0.8],
    [5.4, 0.025, 0.4],
  ] as const;
  const out = new Float32Array(Math.round(SAMPLE_RATE * 1.65));
  for (const [ratio, level, decay] of partials) {
    const step = (2 * Math.PI * 660 * ratio) / SAMPLE_RATE;
    for (let i = 0; i < out.length; i++) {
      const t = i / SAMPLE_RATE;
      if (t > decay + 0.05) break;
      const gain = t < 0.008 ? ramp(t, 0, 0.008, 0.0001, level) : ramp(t, 0.008, decay, level, 0.0001);
      out[i] = (out[i] ?? 0) + gain * Math.sin(step * i);
    }
  }
  return out;
}

/** Samples in −1…1 as a 16-bit mono PCM WAV file. */
export function wav(samples: Float32Array): Uint8Array {
  const bytes = new Uint8Array(44 + samples.length * 2);
  const view = new DataView(bytes.buffer);
  const text = (offset: number, s: string): void => {
    for (let i = 0; i < s.length; i++) view.setUint8(offset + i, s.charCodeAt(i));
  };
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples.length * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, SAMPLE_RATE, true);
  view.setUint32(28, SAMPLE_RATE * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  samples.forEach((s, i) => {
    view.setInt16(44 + i * 2, Math.round(Math.max(-1, Math.min(1, s)) * 32767), true);
  });
  return bytes;
}

/** Each sound's file under assets/sounds/ and its bytes. */
export function sounds(): Record<string, Uint8Array> {
  return { 'choice-click.wav': wav(click()), 'vote-bell.wav': wav(bell()) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, bytes] of Object.entries(sounds())) {
    writeFileSync(new URL(`../../assets/sounds/${name}`, import.meta.url), bytes);
    process.stdout.write(`assets/sounds/${name}: ${String(bytes.length)} bytes\n`);
  }
}
