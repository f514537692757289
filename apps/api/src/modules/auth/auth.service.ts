import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, MoreThan, type EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/tokens.js';
import { AuditService } from './audit.service.js';
import { LoginLimiter } from './login-limiter.js';
import { hashPassword, passwordProblem, verifyPassword } from './password.js';
import { SessionEntity } from './session.entity.js';
import { UserEntity, type Role } from './user.entity.js';

export class AuthError extends Error {
  constructor(
    readonly code: 'BAD_CREDENTIALS' | 'RATE_LIMITED' | 'BAD_USER',
    message: string,
  ) {
    super(message);
  }
}

const SESSION_DAYS = 7;
const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Accounts, passwords and sessions. */
@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);
  private readonly limiter = new LoginLimiter();

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Signs in; returns a new session token. Five failures per address or name lock for 15 minutes. */
  async login(username: string, password: string, address: string): Promise<{ token: string; user: UserEntity }> {
    const keys = [`ip:${address}`, `user:${username.toLowerCase()}`];
    const wait = this.limiter.retryAfter(keys);
    if (wait > 0) throw new AuthError('RATE_LIMITED', `too many failed sign-ins; try again in ${Math.ceil(wait / 60_000)} minute(s)`);
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { username } });
    // Verify even for unknown names, so that timing does not tell which names exist.
    const ok = await verifyPassword(password, user?.passwordHash ?? (await this.dummyHash()));
    if (!user || !ok || user.disabled) {
      this.limiter.fail(keys);
      throw new AuthError('BAD_CREDENTIALS', 'wrong user name or password');
    }
    this.limiter.succeed(keys);
    const token = randomBytes(32).toString('base64url');
    await this.dataSource.getRepository(SessionEntity).insert({
      tokenHash: tokenHash(token),
      userId: user.id,
      expiresAt: new Date(Date.now() + SESSION_DAYS * 24 * 3600 * 1000),
    });
    return { token, user };
  }

  async logout(token: string): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).delete({ tokenHash: tokenHash(token) });
  }

  /** The signed-in user of a token, or null (unknown, expired, or disabled account). */
  async userForToken(token: string): Promise<UserEntity | null> {
    const session = await this.dataSource
      .getRepository(SessionEntity)
      .findOne({ where: { tokenHash: tokenHash(token), expiresAt: MoreThan(new Date()) }, relations: { user: true } });
    return session?.user && !session.user.disabled ? session.user : null;
  }

  async createUser(
    input: { username: string; password: string; role: Role; regionCode?: string | null },
    actor: UserEntity | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<UserEntity> {
    if (!/^[A-Za-z0-9_.@-]{3,64}$/.test(input.username)) throw new AuthError('BAD_USER', 'the user name must be 3–64 letters, digits or _ . @ -');
    const weak = passwordProblem(input.password);
    if (weak) throw new AuthError('BAD_USER', weak);
    if (input.role === 'countyLead' && !input.regionCode) throw new AuthError('BAD_USER', 'a county lead needs a region code');
    if (input.regionCode && (await manager.query('SELECT 1 FROM region WHERE code = $1', [input.regionCode])).length === 0) {
      throw new AuthError('BAD_USER', `no region with code ${input.regionCode}`);
    }
    if (await manager.getRepository(UserEntity).exists({ where: { username: input.username } })) {
      throw new AuthError('BAD_USER', `the user name ${input.username} is taken`);
    }
    const user = await manager.getRepository(UserEntity).save({
      username: input.username,
      passwordHash: await hashPassword(input.password),
      role: input.role,
      regionCode: input.regionCode ?? null,
      disabled: false,
    });
    await this.audit.record(actor, 'user.create', `user ${user.username}`, { role: user.role, regionCode: user.regionCode }, manager);
    return user;
  }

  /** At start: the first admin from ADMIN_USERNAME / ADMIN_PASSWORD, when there is no account yet. */
  async ensureFirstAdmin(): Promise<void> {
    if ((await this.dataSource.getRepository(UserEntity).count()) > 0) return;
    const { ADMIN_USERNAME: username, ADMIN_PASSWORD: password } = this.config;
    if (!username || !password) {
      this.logger.warn('No account exists: reading is public, changes need an admin. Create one with ADMIN_USERNAME and ADMIN_PASSWORD, or `npm run cli -- create-user NAME --role admin`.');
      return;
    }
    await this.createUser({ username, password, role: 'admin' }, null);
    this.logger.log(`Created the first admin account, ${username}`);
  }

  private dummy: Promise<string> | null = null;
  private dummyHash(): Promise<string> {
    this.dummy ??= hashPassword(randomBytes(16).toString('hex'));
    return this.dummy;
  }
}
