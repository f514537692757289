import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/tokens.js';
import { ReportEntity } from '../reports/report.entity.js';
import { IngestService } from './ingest.service.js';

/** On first start with an empty database, ingests the sample reports shipped in the repository. */
@Injectable()
export class SampleLoaderService {
  private readonly logger = new Logger(SampleLoaderService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly ingest: IngestService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async loadIfEmpty(): Promise<void> {
    if (!this.config.LOAD_SAMPLES) return;
    if ((await this.dataSource.getRepository(ReportEntity).count()) > 0) return;
    const dir = this.config.SAMPLE_REPORTS_DIR;
    const files = (await readdir(dir)).filter((f) => !f.startsWith('.') && f !== 'README.md').sort();
    for (const file of files) {
      const outcome = await this.ingest.ingest(await readFile(join(dir, file)), file);
      if (outcome.status === 'failed') this.logger.error(`Sample ${outcome.reason}`);
    }
    this.logger.log(`Loaded ${files.length} sample report(s) from ${dir}`);
  }
}
