import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { DATABASE_CONNECTION } from '../../config/tokens.js';
import { Public } from '../auth/auth.decorators.js';
import type { DatabaseConnection } from '../../database/database-connection.js';

interface HealthReport {
  status: 'ok' | 'error';
  database: { kind: 'embedded' | 'server'; description: string; reachable: boolean; version: string | null; error?: string };
}

/** GET /health: 200 when the database answers, 503 otherwise, with the database's state. Open to all (probes). */
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(DATABASE_CONNECTION) private readonly database: DatabaseConnection,
  ) {}

  @Get()
  async health(@Res() res: Response): Promise<void> {
    const database: HealthReport['database'] = {
      kind: this.database.embedded ? 'embedded' : 'server',
      description: this.database.description,
      reachable: false,
      version: null,
    };
    try {
      const [row] = (await this.dataSource.query('SELECT version() AS version')) as { version: string }[];
      database.reachable = true;
      database.version = row?.version ?? null;
    } catch (error) {
      database.error = (error as Error).message;
    }
    const report: HealthReport = { status: database.reachable ? 'ok' : 'error', database };
    res.status(database.reachable ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(report);
  }
}
