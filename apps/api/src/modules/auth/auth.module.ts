import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditService } from './audit.service.js';
import { AuthGuard } from './auth.guard.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';

/** Accounts, sessions, the guard on every resolver and controller, and the audit log. */
@Global()
@Module({
  providers: [AuthService, AuditService, AuthResolver, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService, AuditService],
})
export class AuthModule {}
