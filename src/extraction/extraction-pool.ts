/**
 * extractArticle on worker threads. Extraction is pure CPU (one compromise pass and the rules over it), so on the
 * main thread it would hold up every other request and leave the other cores idle while a write waits on Neo4j.
 * The pool keeps up to `size` workers, one task each at a time; further tasks queue. With size 0 it extracts on the
 * calling thread, for a machine with a single core.
 */
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { extractArticle, ExtractOptions } from './index';
import { ExtractedDocument } from './model';
import type { ExtractionReply, ExtractionTask } from './extraction-worker';

/** The extraction itself failed in a worker (a bug, not bad input): the message says what it threw. */
export class ExtractionFailedError extends Error {
  override readonly name = 'ExtractionFailedError';
}

interface Pending {
  task: ExtractionTask;
  resolve: (document: ExtractedDocument) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** The task it is running; undefined while idle. */
  running?: Pending;
}

/** A worker thread running extraction-worker: compiled JS as is, TypeScript (ts-node, Jest) through ts-node. */
function startWorker(): Worker {
  const file = join(__dirname, `extraction-worker${extname(__filename)}`);
  if (file.endsWith('.ts')) {
    const bootstrap = `require('ts-node').register({ transpileOnly: true }); require(${JSON.stringify(file)});`;
    return new Worker(bootstrap, { eval: true });
  }
  return new Worker(file);
}

export class ExtractionPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closed = false;

  /** @param size most worker threads; 0 extracts on the calling thread. */
  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 0) throw new RangeError(`an extraction pool needs a whole number of workers >= 0, not ${size}`);
  }

  /** Workers started and alive now (they start on demand, and a failed one is replaced by the next task). */
  get workers(): number {
    return this.slots.length;
  }

  extract(text: string, options: ExtractOptions): Promise<ExtractedDocument> {
    if (this.closed) return Promise.reject(new Error('the extraction pool is closed'));
    if (this.size === 0) {
      try {
        return Promise.resolve(extractArticle(text, options));
      } catch (error) {
        return Promise.reject(error);
      }
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ task: { id: this.nextId++, text, options }, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; queued and running tasks are rejected. Idle workers never keep the process alive anyway. */
  async close(): Promise<void> {
    this.closed = true;
    const error = new Error('the extraction pool was closed');
    for (const pending of this.queue.splice(0)) pending.reject(error);
    const slots = this.slots.splice(0);
    for (const slot of slots) slot.running?.reject(error);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((candidate) => candidate.running === undefined);
      if (slot === undefined && this.slots.length < this.size) slot = this.addSlot();
      if (slot === undefined) return;
      const pending = this.queue.shift()!;
      slot.running = pending;
      slot.worker.ref();
      slot.worker.postMessage(pending.task);
    }
  }

  private addSlot(): Slot {
    const slot: Slot = { worker: startWorker() };
    slot.worker.on('message', (reply: ExtractionReply) => {
      const pending = slot.running;
      if (pending === undefined || pending.task.id !== reply.id) return;
      slot.running = undefined;
      slot.worker.unref();
      if ('error' in reply) pending.reject(new ExtractionFailedError(`extraction failed: ${reply.error.name}: ${reply.error.message}`));
      else pending.resolve(reply.document);
      this.dispatch();
    });
    // A worker that dies (out of memory, an uncaught error, killed) fails only the task it was running.
    const retire = (reason: string) => {
      const index = this.slots.indexOf(slot);
      if (index === -1) return;
      this.slots.splice(index, 1);
      slot.running?.reject(new ExtractionFailedError(`extraction failed: its worker thread ${reason}`));
      slot.running = undefined;
      if (!this.closed) this.dispatch();
    };
    slot.worker.on('error', (error) => retire(`threw ${error.name}: ${error.message}`));
    slot.worker.on('exit', (code) => retire(`exited with code ${code}`));
    this.slots.push(slot);
    return slot;
  }
}
