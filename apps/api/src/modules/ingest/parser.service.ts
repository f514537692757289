import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { ParsedReport } from '@dlens/domain';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/tokens.js';
import { ParsePool } from './bulk/parse-pool.js';

/**
 * Parses uploaded and re-parsed files in worker threads, so that a hostile file (one that
 * parses for ever or needs gigabytes) fails alone with a reason, and the server stays up.
 */
@Injectable()
export class ParserService implements OnModuleDestroy {
  private pool: ParsePool | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  parse(bytes: Uint8Array, fileName: string): Promise<{ ok: true; report: ParsedReport; sha256: string } | { ok: false; reason: string }> {
    this.pool ??= new ParsePool(this.config.UPLOAD_MAX_BYTES, {
      size: this.config.PARSE_WORKERS,
      timeoutMs: this.config.PARSE_TIMEOUT_MS,
      maxMemoryMb: this.config.PARSE_MAX_MEMORY_MB,
    });
    return this.pool.parseBytes(bytes, fileName);
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool?.close();
  }
}
