import { Global, Inject, Injectable, Module } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { DATABASE_CONNECTION } from '../config/tokens.js';
import type { DatabaseConnection } from './database-connection.js';

/** One of the API's fixed statements (SQL text that never changes), under a name unique in the API. */
export interface Statement {
  readonly name: string;
  readonly text: string;
}

export const statement = (name: string, text: string): Statement => ({ name, text });

/**
 * Runs the dashboard's fixed statements as prepared statements on a real PostgreSQL server: each
 * connection parses and analyses a statement's SQL (a few KB of CTEs) once instead of on every
 * request; PostgreSQL still plans each execution for its parameters (plan_cache_mode in
 * session-settings.ts). On the embedded database every connection shares PGlite's one session,
 * where a second connection preparing the same name would fail: there the SQL is sent unnamed.
 */
@Injectable()
export class StatementRunner {
  private readonly prepared: boolean;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(DATABASE_CONNECTION) database: DatabaseConnection,
  ) {
    this.prepared = !database.embedded;
  }

  async rows<T>(statement: Statement, parameters: readonly unknown[]): Promise<T[]> {
    if (!this.prepared) return this.dataSource.query(statement.text, [...parameters]);
    const runner = this.dataSource.createQueryRunner();
    try {
      const client = (await runner.connect()) as PoolClient;
      return (await client.query({ name: statement.name, text: statement.text, values: [...parameters] })).rows as T[];
    } finally {
      await runner.release();
    }
  }
}

/** Makes {@link StatementRunner} injectable everywhere. */
@Global()
@Module({ providers: [StatementRunner], exports: [StatementRunner] })
export class StatementsModule {}
