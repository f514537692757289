import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { Role, UserEntity } from './user.entity.js';

export const ROLES_KEY = 'dlens:roles';
export const PUBLIC_KEY = 'dlens:public';

/** Only these roles may call the resolver (every mutation is admin-only unless it says otherwise). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Anyone may call it, signed in or not (sign-in itself, `me`, health). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The request of a GraphQL or HTTP handler. */
export function requestOf(context: ExecutionContext): Request & { user?: UserEntity | null } {
  return context.getType<'graphql' | 'http'>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext<{ req: Request }>().req
    : context.switchToHttp().getRequest<Request>();
}

/** The signed-in user (set by AuthGuard), or null. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext) => requestOf(context).user ?? null);
