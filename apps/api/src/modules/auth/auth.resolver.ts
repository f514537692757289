import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { DataSource, LessThan } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity.js';
import { AuditService } from './audit.service.js';
import { CurrentUser, Public, Roles } from './auth.decorators.js';
import { SESSION_COOKIE, tokenOf } from './auth.guard.js';
import { AuditEventModel, AuditLogArgs, NewUserInput, SessionModel, UserModel } from './auth.models.js';
import { AuthError, AuthService } from './auth.service.js';
import { UserEntity } from './user.entity.js';

const asGraphQLError = (error: unknown) => {
  if (error instanceof AuthError) return new GraphQLError(error.message, { extensions: { code: error.code } });
  return error;
};

@Resolver(() => UserModel)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  @Public()
  @Mutation(() => SessionModel, { description: 'Signs in. Five failed attempts per address or user name lock sign-in for 15 minutes (RATE_LIMITED).' })
  async login(
    @Args('username') username: string,
    @Args('password') password: string,
    @Context() context: { req: Request; res: Response },
  ): Promise<SessionModel> {
    try {
      const { token, user } = await this.auth.login(username, password, context.req.ip ?? 'unknown');
      context.res.cookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: context.req.secure,
        path: '/',
        maxAge: 7 * 24 * 3600 * 1000,
      });
      return { token, user };
    } catch (error) {
      throw asGraphQLError(error);
    }
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the current session.' })
  async logout(@Context() context: { req: Request; res: Response }): Promise<boolean> {
    const token = tokenOf(context.req);
    if (token) await this.auth.logout(token);
    context.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Public()
  @Query(() => UserModel, { nullable: true, description: 'The signed-in user, or null.' })
  me(@CurrentUser() user: UserEntity | null): UserModel | null {
    return user;
  }

  @Roles('admin')
  @Query(() => [UserModel])
  users(): Promise<UserModel[]> {
    return this.dataSource.getRepository(UserEntity).find({ order: { username: 'ASC' } });
  }

  @Roles('admin')
  @Mutation(() => UserModel)
  async createUser(@Args('user') input: NewUserInput, @CurrentUser() actor: UserEntity): Promise<UserModel> {
    try {
      return await this.auth.createUser(input, actor);
    } catch (error) {
      throw asGraphQLError(error);
    }
  }

  @Roles('admin')
  @Mutation(() => UserModel, { description: 'Disables or enables an account; a disabled account cannot sign in and its sessions stop working.' })
  async setUserDisabled(
    @Args('id', { type: () => Int }) id: number,
    @Args('disabled') disabled: boolean,
    @CurrentUser() actor: UserEntity,
  ): Promise<UserModel> {
    const users = this.dataSource.getRepository(UserEntity);
    const user = await users.findOne({ where: { id } });
    if (!user) throw new GraphQLError(`no user with id ${id}`, { extensions: { code: 'BAD_USER' } });
    if (user.id === actor.id && disabled) throw new GraphQLError('you cannot disable your own account', { extensions: { code: 'BAD_USER' } });
    user.disabled = disabled;
    await this.dataSource.transaction(async (manager) => {
      await manager.save(user);
      await this.audit.record(actor, disabled ? 'user.disable' : 'user.enable', `user ${user.username}`, {}, manager);
    });
    return user;
  }

  @Roles('admin')
  @Query(() => [AuditEventModel], { description: 'The audit log, newest first.' })
  auditLog(@Args() args: AuditLogArgs): Promise<AuditEventModel[]> {
    if (args.first < 1 || args.first > 200) throw new GraphQLError('first must be between 1 and 200', { extensions: { code: 'INVALID_PAGE_SIZE' } });
    return this.dataSource.getRepository(AuditEventEntity).find({
      where: { ...(args.beforeId ? { id: LessThan(args.beforeId) } : {}), ...(args.action ? { action: args.action } : {}) },
      order: { id: 'DESC' },
      take: args.first,
    });
  }
}
