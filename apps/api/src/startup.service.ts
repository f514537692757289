import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { SampleLoaderService } from './modules/ingest/sample-loader.service.js';
import { ReferenceDataService } from './modules/regions/reference-data.service.js';

/** First-start work, in order: reference data (regions, population), then the sample reports. */
@Injectable()
export class StartupService implements OnApplicationBootstrap {
  constructor(
    private readonly referenceData: ReferenceDataService,
    private readonly samples: SampleLoaderService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.referenceData.ensureLoaded();
    await this.samples.loadIfEmpty();
  }
}
