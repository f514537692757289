import { ForbiddenException, Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/tokens.js';
import { PUBLIC_KEY, requestOf, ROLES_KEY } from './auth.decorators.js';
import { AuthService } from './auth.service.js';
import type { Role, UserEntity } from './user.entity.js';

export const SESSION_COOKIE = 'dlens_session';

/** The session token of a request: the HttpOnly cookie (dashboard) or a Bearer header (scripts). */
export function tokenOf(request: Request): string | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (bearer) return bearer;
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join('='));
  }
  return null;
}

/**
 * Every resolver and controller passes here. Writing (every mutation) needs an admin unless a
 * resolver says otherwise; reading is open when PUBLIC_READ is on, else needs any account.
 * Field resolvers inherit the decision taken for their query.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = requestOf(context);
    if (request.user === undefined) {
      const token = tokenOf(request);
      request.user = token ? await this.auth.userForToken(token) : null;
    }
    const graphql = context.getType<'graphql' | 'http'>() === 'graphql';
    const info = graphql ? GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>() : null;
    const operation = info?.parentType.name;
    if (info && operation !== 'Query' && operation !== 'Mutation') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? (operation === 'Mutation' ? ['admin'] : undefined);
    const user = request.user;
    if (!roles) {
      if (this.config.PUBLIC_READ || user) return true;
      throw this.denied(graphql, 'UNAUTHENTICATED', 'sign in to read');
    }
    if (!user) throw this.denied(graphql, 'UNAUTHENTICATED', `sign in as ${roles.join(' or ')} to do this`);
    if (!roles.includes(user.role)) throw this.denied(graphql, 'FORBIDDEN', `only ${roles.join(' or ')} accounts may do this`);
    return true;
  }

  private denied(graphql: boolean, code: 'UNAUTHENTICATED' | 'FORBIDDEN', message: string): Error {
    if (graphql) return new GraphQLError(message, { extensions: { code } });
    return code === 'UNAUTHENTICATED' ? new UnauthorizedException(message) : new ForbiddenException(message);
  }
}

export type RequestWithUser = Request & { user?: UserEntity | null };
