import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity.js';
import type { UserEntity } from './user.entity.js';

/** Writes the audit log; callers pass their transaction's manager so that the event commits with the change. */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async record(
    actor: Pick<UserEntity, 'id' | 'username'> | null | 'cli',
    action: string,
    subject: string,
    details: Record<string, unknown> = {},
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.insert(AuditEventEntity, {
      userId: actor && actor !== 'cli' ? actor.id : null,
      actor: actor === 'cli' ? 'cli' : (actor?.username ?? 'system'),
      action,
      subject,
      // TypeORM's deep-partial type does not admit an open record for a jsonb column.
      details: details as never,
    });
  }
}
