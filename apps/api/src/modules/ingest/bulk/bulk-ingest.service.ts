import { basename } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/tokens.js';
import type { IngestOutcome, IngestStatus } from '../ingest-outcome.js';
import { IngestService } from '../ingest.service.js';
import { BulkStoreService, type ParsedItem } from './bulk-store.service.js';
import { ParsePool, type ParsedFile } from './parse-pool.js';

export interface BulkOptions {
  /** Reports per transaction (default 100). */
  readonly batchSize?: number;
  /** Parser worker threads (default: one per core). */
  readonly workers?: number;
  readonly onProgress?: (done: number, total: number, file: string) => void;
}

export interface BulkSummary {
  readonly total: number;
  readonly counts: Readonly<Record<IngestStatus, number>>;
  /** Outcomes that need a person: failures and reports waiting for assignment (not every stored one). */
  readonly attention: readonly IngestOutcome[];
}

/**
 * Bulk ingestion for large folders: files are parsed in worker threads while the main thread
 * stores finished reports in batches (set-based SQL, one transaction per batch). Memory stays
 * flat: at most a few batches of reports are held at any time, and only problem outcomes are kept.
 */
/** Reports per batch: larger batches are no faster here (BENCHMARKS.md) and hold more memory. */
const DEFAULT_BATCH_SIZE = 100;
/** A batch is stored early once its originals reach this size, so that large PDFs do not pile up. */
const BATCH_MAX_BYTES = 16 * 2 ** 20;
/** Statistics are refreshed once this many reports are stored, each time that count doubles, and at the end. */
const FIRST_STATISTICS_AT = 1_000;

@Injectable()
export class BulkIngestService {
  constructor(
    private readonly store: BulkStoreService,
    private readonly ingest: IngestService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async ingestFiles(paths: readonly string[], options: BulkOptions = {}): Promise<BulkSummary> {
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    const pool = new ParsePool(this.config.UPLOAD_MAX_BYTES, { ...(options.workers ? { size: options.workers } : {}) });
    const counts: Record<IngestStatus, number> = { stored: 0, unchanged: 0, revised: 0, needsAssignment: 0, failed: 0 };
    const attention: IngestOutcome[] = [];
    const issuerByName = new Map<string, number>();
    const record = (outcome: IngestOutcome) => {
      counts[outcome.status]++;
      if (outcome.status === 'failed' || outcome.status === 'needsAssignment') attention.push(outcome);
    };
    let done = 0;
    let batch: ParsedItem[] = [];
    let batchBytes = 0;
    let storing: Promise<void> = Promise.resolve();
    let statisticsAt = FIRST_STATISTICS_AT;
    /**
     * Queues the batch behind the one being stored and waits only for that one: the workers
     * go on parsing the next batch while this one is stored (one transaction at a time).
     */
    const flush = (): Promise<void> => {
      const items = batch;
      batch = [];
      batchBytes = 0;
      const previous = storing;
      storing = previous.then(async () => {
        if (items.length > 0) for (const outcome of await this.store.storeBatch(items, issuerByName)) record(outcome);
        done += items.length;
        if (done >= statisticsAt) {
          await this.store.refreshStatistics();
          statisticsAt = done * 2;
        }
        options.onProgress?.(done, paths.length, items.at(-1)?.fileName ?? '');
      });
      return previous;
    };
    // Files finish parsing out of order; they are batched in file order, so that of two files
    // for the same issuer and year the later one becomes the current revision, as one by one.
    const parsed = new Map<number, ParsedFile>();
    let next = 0;
    const take = async (): Promise<void> => {
      for (let file = parsed.get(next); file; file = parsed.get(next)) {
        parsed.delete(next++);
        if (file.ok) {
          batch.push(file);
          batchBytes += file.bytes.length;
        } else {
          record(this.ingest.failed(file.fileName, file.reason));
          done++;
        }
        if (batch.length >= batchSize || batchBytes >= BATCH_MAX_BYTES) await flush();
      }
    };
    const inFlight: Promise<void>[] = [];
    try {
      // Parse ahead by a bounded window so that memory does not grow with the folder.
      const window = pool.size * 8;
      for (const [index, path] of paths.entries()) {
        inFlight.push(
          pool.parse(path, path).then((file) => {
            parsed.set(index, file);
            return take();
          }),
        );
        if (inFlight.length >= window) await inFlight.shift();
      }
      await Promise.all(inFlight);
      await flush();
      await storing;
      await this.store.refreshStatistics();
    } finally {
      // After a failure (the first one is thrown), the files still in flight and the batch
      // being stored finish or fail quietly before the pool closes.
      for (const parsing of inFlight) parsing.catch(() => undefined);
      await storing.catch(() => undefined);
      await pool.close();
    }
    options.onProgress?.(paths.length, paths.length, basename(paths.at(-1) ?? ''));
    return { total: paths.length, counts, attention };
  }
}
