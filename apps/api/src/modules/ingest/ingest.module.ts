import { Module } from '@nestjs/common';
import { AttributionService } from '../issuers/attribution.service.js';
import { IngestService } from './ingest.service.js';
import { SampleLoaderService } from './sample-loader.service.js';

@Module({ providers: [AttributionService, IngestService, SampleLoaderService], exports: [IngestService, SampleLoaderService] })
export class IngestModule {}
