import { Module } from '@nestjs/common';
import { RegionAttributesService } from './region-attributes.service.js';

@Module({ providers: [RegionAttributesService], exports: [RegionAttributesService] })
export class AttributesModule {}
