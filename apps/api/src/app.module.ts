import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CompiledQueriesApolloDriver } from './common/compiled-queries.js';
import { GraphQLErrorFilter } from './common/graphql-error.filter.js';
import { queryLimitsPlugin } from './common/query-limits.plugin.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import type { DatabaseConnection } from './database/database-connection.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { StatementsModule } from './database/statements.js';
import { AnalyticsModule } from './modules/analytics/analytics.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { AttributesModule } from './modules/attributes/attributes.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { IngestModule } from './modules/ingest/ingest.module.js';
import { UploadModule } from './modules/ingest/upload.module.js';
import { IssuersModule } from './modules/issuers/issuers.module.js';
import { MetricsModule } from './modules/metrics/metrics.module.js';
import { RegionsModule } from './modules/regions/regions.module.js';
import { ReportsModule } from './modules/reports/reports.module.js';
import { StartupService } from './startup.service.js';

/** The feature modules that make up the GraphQL schema. */
export const FEATURE_MODULES = [
  AuthModule,
  RegionsModule,
  IssuersModule,
  AttributesModule,
  ReportsModule,
  IngestModule,
  UploadModule,
  MetricsModule,
  AnalyticsModule,
  HealthModule,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: DatabaseConnection): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config, database),
        TypeOrmModule.forRoot({ ...dataSourceOptions(database.url, database.embedded), migrationsRun: true }),
        StatementsModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({
          // Apollo's driver, with queries run as compiled functions (common/compiled-queries.ts).
          driver: CompiledQueriesApolloDriver,
          autoSchemaFile: true,
          sortSchema: true,
          path: '/graphql',
          // The request (signed-in user, loaders) and the response (the session cookie).
          context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
          // Depth and complexity limits (QUERY_TOO_DEEP, QUERY_TOO_COMPLEX); a token cap keeps a
          // huge document from costing parse and validation time before the limits are checked.
          // No cache hints are set, and Apollo's cache-control plugin otherwise wraps every field
          // resolver to collect them (a few hundred fields per analytics answer).
          plugins: [queryLimitsPlugin(), ApolloServerPluginCacheControlDisabled()],
          parseOptions: { maxTokens: 20_000 },
          // Compact JSON: Apollo indents its answers by default (a third more bytes to encode and send).
          stringifyResult: (result) => JSON.stringify(result),
        }),
        ...FEATURE_MODULES,
      ],
      providers: [StartupService, { provide: APP_FILTER, useClass: GraphQLErrorFilter }],
    };
  }
}
