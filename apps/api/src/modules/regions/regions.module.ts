import { Module } from '@nestjs/common';
import { ReferenceDataService } from './reference-data.service.js';
import { RegionsResolver } from './regions.resolver.js';
import { RegionsService } from './regions.service.js';

@Module({ providers: [ReferenceDataService, RegionsService, RegionsResolver], exports: [ReferenceDataService, RegionsService] })
export class RegionsModule {}
