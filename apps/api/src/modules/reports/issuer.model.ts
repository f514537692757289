import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { IssuerKind } from '../issuers/issuer.entity.js';

/** GraphQL enum of issuer kinds (the values equal the stored strings). */
export const IssuerKindEnum = { government: 'government', department: 'department' } as const satisfies Record<IssuerKind, IssuerKind>;
registerEnumType(IssuerKindEnum, { name: 'IssuerKind', description: 'A government (人民政府, 管委会) or one of its departments.' });

@ObjectType('Issuer', { description: 'A body that publishes annual reports.' })
export class IssuerModel {
  @Field(() => Int)
  id: number;

  @Field()
  name: string;

  @Field(() => IssuerKindEnum)
  kind: IssuerKind;

  @Field(() => String, { nullable: true, description: 'Region the issuer belongs to; null while it is not attributed.' })
  regionCode: string | null;
}
