import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from './app-config.js';
import { APP_CONFIG, DATABASE_CONNECTION } from './tokens.js';
import type { DatabaseConnection } from '../database/database-connection.js';

/** Makes the validated configuration and the database connection injectable everywhere. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig, database: DatabaseConnection): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DATABASE_CONNECTION, useValue: database },
      ],
      exports: [APP_CONFIG, DATABASE_CONNECTION],
    };
  }
}
