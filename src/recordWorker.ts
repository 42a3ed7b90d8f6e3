/**
 * The page's side of the records' worker (sim/record.worker.ts): one worker, started when first asked,
 * parsing the story once; requests are answered in the order sent.
 */
import type { RunLength, RunRecord } from './model/record.ts';
import { checkRecord } from './model/recordCheck.ts';
import type { RecordReply, RecordRequest } from './sim/record.worker.ts';

interface Pending {
  resolve: (reply: RecordReply) => void;
}

/** Each kind of request as the worker takes it, but for its id (given here). */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type Request = WithoutId<RecordRequest>;

export class RecordWorker {
  private worker: Worker | null = null;
  private next = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly storyJson: string) {}

  /** Starts the worker now (it parses the story), so the first answer comes quickly. */
  warm(): void {
    this.start();
  }

  history(protagonist: string, seed: number, length: RunLength): Promise<RunRecord> {
    return this.ask({ type: 'history', protagonist, seed, length }).then((r) => r.record);
  }

  replay(
    seed: number,
    choiceLog: readonly number[],
    length: RunLength,
  ): Promise<{ record: RunRecord; inkState: string }> {
    return this.ask({ type: 'replay', seed, choiceLog: [...choiceLog], length });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./sim/record.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<RecordReply>) => {
      const waiting = this.pending.get(event.data.id);
      this.pending.delete(event.data.id);
      waiting?.resolve(event.data);
    });
    worker.addEventListener('error', (event) => {
      // A worker that cannot run fails every request; the next request starts a new one.
      event.preventDefault();
      this.worker = null;
      worker.terminate();
      for (const [id, waiting] of this.pending)
        waiting.resolve({ id, ok: false, error: event.message || 'the worker failed' });
      this.pending.clear();
    });
    worker.postMessage({ storyJson: this.storyJson });
    this.worker = worker;
    return worker;
  }

  private async ask(request: Request): Promise<{ record: RunRecord; inkState: string }> {
    const id = this.next++;
    const reply = await new Promise<RecordReply>((resolve) => {
      this.pending.set(id, { resolve });
      this.start().postMessage({ ...request, id } satisfies RecordRequest);
    });
    if (!reply.ok) throw new Error(reply.error);
    const checked = checkRecord(reply.record);
    if (!checked.ok) throw new Error(checked.reason);
    return { record: checked.value, inkState: reply.inkState };
  }
}
