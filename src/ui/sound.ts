/**
 * The game's few sounds, made here with WebAudio (nothing downloaded): a soft paper-and-gavel click on a
 * choice and a bell when a forum votes. Silent unless the player turns sound on; the AudioContext is made
 * only then, inside a click or key press, as browsers require.
 */
export class Sound {
  private context: AudioContext | null = null;

  constructor(private readonly enabled: () => boolean) {}

  /** A choice is made: a short burst of filtered noise (paper) over a low thump (the gavel). */
  click(): void {
    const ctx = this.audio();
    if (!ctx) return;
    const now = ctx.currentTime;
    const length = Math.floor(ctx.sampleRate * 0.06);
    const buffer = ctx.createBuffer(1, length, ctx.sampleRate);
    const data = buffer.getChannelData(0);
    for (let i = 0; i < length; i++) data[i] = (Math.random() * 2 - 1) * (1 - i / length) ** 2;
    const noise = ctx.createBufferSource();
    noise.buffer = buffer;
    const band = ctx.createBiquadFilter();
    band.type = 'bandpass';
    band.frequency.value = 2400;
    band.Q.value = 0.8;
    const noiseGain = ctx.createGain();
    noiseGain.gain.value = 0.18;
    noise.connect(band).connect(noiseGain).connect(ctx.destination);
    noise.start(now);

    const thump = ctx.createOscillator();
    thump.type = 'sine';
    thump.frequency.setValueAtTime(150, now);
    thump.frequency.exponentialRampToValueAtTime(60, now + 0.09);
    const thumpGain = ctx.createGain();
    thumpGain.gain.setValueAtTime(0.22, now);
    thumpGain.gain.exponentialRampToValueAtTime(0.001, now + 0.12);
    thump.connect(thumpGain).connect(ctx.destination);
    thump.start(now);
    thump.stop(now + 0.13);
  }

  /** A forum votes: a small hand bell, a few inharmonic partials dying away. */
  bell(): void {
    const ctx = this.audio();
    if (!ctx) return;
    const now = ctx.currentTime;
    const base = 660;
    for (const [ratio, level, decay] of [
      [1, 0.12, 1.6],
      [2.01, 0.06, 1.1],
      [2.76, 0.05, 0.8],
      [5.4, 0.025, 0.4],
    ] as const) {
      const osc = ctx.createOscillator();
      osc.type = 'sine';
      osc.frequency.value = base * ratio;
      const gain = ctx.createGain();
      gain.gain.setValueAtTime(0.0001, now);
      gain.gain.exponentialRampToValueAtTime(level, now + 0.008);
      gain.gain.exponentialRampToValueAtTime(0.0001, now + decay);
      osc.connect(gain).connect(ctx.destination);
      osc.start(now);
      osc.stop(now + decay + 0.05);
    }
  }

  private audio(): AudioContext | null {
    if (!this.enabled() || typeof AudioContext === 'undefined') return null;
    try {
      this.context ??= new AudioContext();
      if (this.context.state === 'suspended') void this.context.resume();
      return this.context;
    } catch {
      // No audio device, or the browser refuses: the game is silent, never broken.
      return null;
    }
  }
}
