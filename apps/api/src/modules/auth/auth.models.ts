import { ArgsType, Field, GraphQLISODateTime, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import GraphQLJSON from './json.scalar.js';
import type { Role } from './user.entity.js';

export const RoleEnum = { admin: 'admin', analyst: 'analyst', countyLead: 'countyLead' } as const satisfies Record<Role, Role>;
registerEnumType(RoleEnum, { name: 'Role', description: 'admin: ingest, assign, re-parse, delete, manage users; analyst: read and export; countyLead: read, views default to the lead’s region.' });

@ObjectType('User')
export class UserModel {
  @Field(() => Int)
  id: number;

  @Field()
  username: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => String, { nullable: true, description: 'A county lead’s region: where their views start.' })
  regionCode: string | null;

  @Field()
  disabled: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('Session', { description: 'A new session. The dashboard keeps it in an HttpOnly cookie; scripts send the token as `Authorization: Bearer`.' })
export class SessionModel {
  @Field()
  token: string;

  @Field(() => UserModel)
  user: UserModel;
}

@InputType('NewUser')
export class NewUserInput {
  @Field()
  username: string;

  @Field({ description: 'At least 10 characters.' })
  password: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => String, { nullable: true })
  regionCode?: string | null;
}

@ObjectType('AuditEvent')
export class AuditEventModel {
  @Field(() => Int)
  id: number;

  @Field(() => GraphQLISODateTime)
  at: Date;

  @Field({ description: 'The account, `cli` or `system`.' })
  actor: string;

  @Field({ description: 'ingest, assign, reparse, delete, user.create, user.disable …' })
  action: string;

  @Field()
  subject: string;

  @Field(() => GraphQLJSON)
  details: Record<string, unknown>;
}

@ArgsType()
export class AuditLogArgs {
  @Field(() => Int, { defaultValue: 50, description: 'At most 200.' })
  first: number;

  @Field(() => Int, { nullable: true, description: 'Events older than this id (the last id of the previous page).' })
  beforeId?: number | null;

  @Field(() => String, { nullable: true })
  action?: string | null;
}
