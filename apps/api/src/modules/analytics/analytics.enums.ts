import { registerEnumType } from '@nestjs/graphql';

/** The `IssuerKind` enum is declared once, with the issuer model of the reports module. */
export { IssuerKindEnum } from '../reports/issuer.model.js';
export type { IssuerKind as IssuerKindValue } from '../issuers/issuer.entity.js';

/** The level at which county figures are summed. */
export const RollupLevelEnum = { prefecture: 'prefecture', province: 'province' } as const;
export type RollupLevel = keyof typeof RollupLevelEnum;
registerEnumType(RollupLevelEnum, {
  name: 'RollupLevel',
  description: 'prefecture: one total per prefecture-level unit (a municipality counts as one); province: one per province.',
});

export enum PeerGroup {
  SAME_PARENT = 'SAME_PARENT',
  SAME_LEVEL_IN_PROVINCE = 'SAME_LEVEL_IN_PROVINCE',
  NATIONWIDE = 'NATIONWIDE',
  POPULATION_BAND = 'POPULATION_BAND',
}
registerEnumType(PeerGroup, {
  name: 'PeerGroup',
  description: 'Whom a government is compared with: always governments of the same level (county with county) that reported for the year.',
  valuesMap: {
    SAME_PARENT: { description: 'Under the same parent region (the counties of one prefecture; provinces: all provinces).' },
    SAME_LEVEL_IN_PROVINCE: { description: 'In the same province.' },
    NATIONWIDE: { description: 'Everywhere.' },
    POPULATION_BAND: {
      description: 'Nationwide, with resident population in the same band: <200k, 200k–500k, 500k–1M, ≥1M (2020 census).',
    },
  },
});
