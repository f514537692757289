import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ParsedReport } from '@dlens/domain';
import { parseReport } from '@dlens/report-parser';
import type { StoredDocument } from '../../reports/report-revision.entity.js';

/** A parsed report as the bulk store needs it, serialised by the worker. */
export interface SerialisedReport {
  /** The report without its values: identity, template, findings, prose figures. */
  readonly document: StoredDocument;
  readonly documentJson: string;
  /** Value by key (for the cross-report rules). */
  readonly values: ReadonlyMap<string, number | null>;
  /** The revision_values row of this report as a JSON object (no revision id yet). */
  readonly valuesJson: string;
  /** The whole parsed report, read again from the bytes: only for the rare report stored one by one or left for assignment. */
  full(): Promise<ParsedReport>;
}

export type ParsedFile =
  | ({ readonly ok: true; readonly path: string; readonly fileName: string; readonly sha256: string; readonly bytes: Uint8Array } & SerialisedReport)
  | { readonly ok: false; readonly path: string; readonly fileName: string; readonly reason: string };

type WorkerReply =
  | {
      id: number;
      ok: true;
      sha256: string;
      bytes: Uint8Array;
      document: StoredDocument;
      documentJson: string;
      keys: string[];
      numbers: (number | null)[];
      valuesJson: string;
      report?: ParsedReport;
    }
  | { id: number; ok: false; reason: string };

export interface ParsePoolOptions {
  /** Worker threads (default: one per core). */
  readonly size?: number;
  /** A file that takes longer is abandoned (its worker is replaced): default 60 s. */
  readonly timeoutMs?: number;
  /** Heap of each worker: a file that needs more fails alone, the server stays up. Default 768 MB. */
  readonly maxMemoryMb?: number;
}

/** apps/api/workers/parse-worker.mjs, from src/modules/ingest/bulk or dist/modules/ingest/bulk alike. */
const WORKER_FILE = new URL('../../../../workers/parse-worker.mjs', import.meta.url);

interface Slot {
  worker: Worker;
  /** Settles the task the worker is on, if any. */
  settle: ((reply: WorkerReply) => void) | null;
}

/**
 * Parser workers (worker_threads): files are read and parsed off the main thread, several at
 * once. A hostile file (one that parses for ever, or needs gigabytes) costs only its own
 * worker, which is replaced: the reply says why the file failed.
 */
export class ParsePool {
  private readonly slots: Slot[];
  private readonly idle: Slot[];
  private readonly waiting: (() => void)[] = [];
  private readonly timeoutMs: number;
  private readonly maxMemoryMb: number;
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly maxBytes: number,
    options: ParsePoolOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.maxMemoryMb = options.maxMemoryMb ?? 768;
    this.slots = Array.from({ length: options.size ?? Math.max(1, availableParallelism()) }, () => this.spawn());
    this.idle = [...this.slots];
  }

  get size(): number {
    return this.slots.length;
  }

  /** Reads and parses a file (bulk ingestion). */
  parse(path: string, fileName: string): Promise<ParsedFile> {
    return this.run({ path, fileName }, path, fileName);
  }

  /** Parses bytes already in memory (uploads) and returns the whole report as well. */
  async parseBytes(bytes: Uint8Array, fileName: string): Promise<{ ok: true; report: ParsedReport; sha256: string } | { ok: false; reason: string }> {
    const copy = new Uint8Array(bytes);
    const file = await this.run({ bytes: copy, fileName, full: true }, fileName, fileName, [copy.buffer]);
    if (!file.ok) return { ok: false, reason: file.reason };
    return { ok: true, report: (file as ParsedFile & { report: ParsedReport }).report, sha256: file.sha256 };
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private async run(message: Record<string, unknown>, path: string, fileName: string, transfer: ArrayBuffer[] = []): Promise<ParsedFile> {
    const slot = await this.acquire();
    const id = this.nextId++;
    const reply = await new Promise<WorkerReply>((resolve) => {
      const timer = setTimeout(() => {
        this.replace(slot, { id, ok: false, reason: `took longer than ${formatDuration(this.timeoutMs)} to parse; abandoned` });
      }, this.timeoutMs);
      slot.settle = (r) => {
        clearTimeout(timer);
        slot.settle = null;
        resolve(r);
      };
      slot.worker.postMessage({ ...message, id, maxBytes: this.maxBytes }, transfer);
    });
    this.release(slot);
    if (!reply.ok) return { ok: false, path, fileName, reason: reply.reason };
    const bytes = reply.bytes;
    return {
      ok: true,
      path,
      fileName,
      ...(reply.report ? { report: reply.report } : {}),
      sha256: reply.sha256,
      bytes,
      document: reply.document,
      documentJson: reply.documentJson,
      values: new Map(reply.keys.map((key, i) => [key, reply.numbers[i] ?? null])),
      valuesJson: reply.valuesJson,
      full: () => parseReport(bytes, { fileName }),
    };
  }

  /** Starts a worker in `slot` (a new slot by default); messages of a replaced worker are ignored. */
  private spawn(slot: Slot = { worker: null as unknown as Worker, settle: null }): Slot {
    const worker = new Worker(WORKER_FILE, { resourceLimits: { maxOldGenerationSizeMb: this.maxMemoryMb } });
    worker.on('message', (reply: WorkerReply) => {
      if (slot.worker === worker) slot.settle?.(reply);
    });
    // A worker that dies (out of memory, a crash in a library) fails its file and is replaced.
    worker.on('error', (error: Error & { code?: string }) => {
      if (slot.worker !== worker) return;
      const reason =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `needed more than ${this.maxMemoryMb} MB to parse; abandoned` : `the parser crashed: ${error.message}`;
      this.replace(slot, { id: -1, ok: false, reason });
    });
    slot.worker = worker;
    return slot;
  }

  /** Fails the slot's task with `reply` and puts a fresh worker in its place. */
  private replace(slot: Slot, reply: WorkerReply): void {
    const settle = slot.settle;
    const old = slot.worker;
    if (!this.closed) this.spawn(slot);
    void old.terminate();
    settle?.(reply);
  }

  private async acquire(): Promise<Slot> {
    for (;;) {
      const slot = this.idle.pop();
      if (slot) return slot;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  private release(slot: Slot): void {
    this.idle.push(slot);
    this.waiting.shift()?.();
  }
}

function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}
