/**
 * The game's few sounds, played from files in assets/sounds/ (made by src/tools/makeSounds.ts; hashed by
 * Vite and precached for offline play): a paper-and-gavel click on a choice and a bell when a forum votes.
 * Silent unless the player turns sound on; the AudioContext is made, and the files fetched, only then,
 * inside a click or key press, as browsers require.
 */
import clickUrl from '../../assets/sounds/choice-click.wav';
import bellUrl from '../../assets/sounds/vote-bell.wav';

export class Sound {
  private context: AudioContext | null = null;
  private readonly buffers = new Map<string, Promise<AudioBuffer | null>>();

  constructor(private readonly enabled: () => boolean) {}

  /** A choice is made. */
  click(): void {
    this.play(clickUrl);
  }

  /** A forum votes. */
  bell(): void {
    this.play(bellUrl);
  }

  private play(url: string): void {
    const ctx = this.audio();
    if (!ctx) return;
    // The other sound too, so that the first vote's bell is not late.
    for (const other of [clickUrl, bellUrl]) void this.load(ctx, other);
    void this.load(ctx, url).then((buffer) => {
      if (!buffer) return;
      const source = ctx.createBufferSource();
      source.buffer = buffer;
      source.connect(ctx.destination);
      source.start();
    });
  }

  /** The decoded file, fetched once; null if it cannot be had (offline before it was cached, say). */
  private load(ctx: AudioContext, url: string): Promise<AudioBuffer | null> {
    let buffer = this.buffers.get(url);
    if (!buffer) {
      buffer = fetch(url)
        .then((response) =>
          response.ok ? response.arrayBuffer() : Promise.reject(new Error(response.statusText)),
        )
        .then((data) => ctx.decodeAudioData(data))
        .catch(() => {
          // Silent, never broken; try again at the next sound.
          this.buffers.delete(url);
          return null;
        });
      this.buffers.set(url, buffer);
    }
    return buffer;
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
