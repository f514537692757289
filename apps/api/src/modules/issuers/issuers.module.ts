import { Module } from '@nestjs/common';
import { RegionDirectory } from '../regions/region-directory.service.js';
import { AttributionService } from './attribution.service.js';

@Module({ providers: [RegionDirectory, AttributionService], exports: [RegionDirectory, AttributionService] })
export class IssuersModule {}
