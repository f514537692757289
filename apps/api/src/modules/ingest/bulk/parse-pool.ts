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
  /** The report_value rows of this report as JSON (no revision id yet). */
  readonly valueRowsJson: string;
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
      values: [string, number | null][];
      valueRowsJson: string;
    }
  | { id: number; ok: false; reason: string };

/** apps/api/workers/parse-worker.mjs, from src/modules/ingest/bulk or dist/modules/ingest/bulk alike. */
const WORKER_FILE = new URL('../../../../workers/parse-worker.mjs', import.meta.url);

/** Parser workers (worker_threads): files are read and parsed off the main thread, several at once. */
export class ParsePool {
  private readonly workers: Worker[];
  private readonly idle: Worker[];
  private readonly waiting: (() => void)[] = [];
  private readonly pending = new Map<number, (reply: WorkerReply) => void>();
  private nextId = 0;

  constructor(
    private readonly maxBytes: number,
    size = Math.max(1, availableParallelism()),
  ) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(WORKER_FILE);
      worker.on('message', (reply: WorkerReply) => {
        this.pending.get(reply.id)?.(reply);
        this.pending.delete(reply.id);
        this.release(worker);
      });
      return worker;
    });
    this.idle = [...this.workers];
  }

  get size(): number {
    return this.workers.length;
  }

  async parse(path: string, fileName: string): Promise<ParsedFile> {
    const worker = await this.acquire();
    const id = this.nextId++;
    const reply = await new Promise<WorkerReply>((resolve) => {
      this.pending.set(id, resolve);
      worker.postMessage({ id, path, fileName, maxBytes: this.maxBytes });
    });
    if (!reply.ok) return { ok: false, path, fileName, reason: reply.reason };
    const bytes = reply.bytes;
    return {
      ok: true,
      path,
      fileName,
      sha256: reply.sha256,
      bytes: reply.bytes,
      document: reply.document,
      documentJson: reply.documentJson,
      values: new Map(reply.values),
      valueRowsJson: reply.valueRowsJson,
      full: () => parseReport(bytes, { fileName }),
    };
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private async acquire(): Promise<Worker> {
    for (;;) {
      const worker = this.idle.pop();
      if (worker) return worker;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  private release(worker: Worker): void {
    this.idle.push(worker);
    this.waiting.shift()?.();
  }
}
