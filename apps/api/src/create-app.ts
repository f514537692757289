import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { AppModule } from './app.module.js';
import { applyHttpSecurity } from './common/http-security.js';
import type { AppConfig } from './config/app-config.js';
import { openDatabase, type DatabaseConnection } from './database/database-connection.js';
import { tokenOf } from './modules/auth/auth.guard.js';
import { AuthService } from './modules/auth/auth.service.js';
import { UPLOAD_MAX_FILES, uploadMiddleware } from './modules/ingest/upload.middleware.js';

export interface RunningApp {
  readonly app: NestExpressApplication;
  readonly database: DatabaseConnection;
  close(): Promise<void>;
}

/** Serves the built dashboard, with client-side routes falling back to index.html. */
function serveDashboard(app: NestExpressApplication, dir: string): void {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return;
  app.useStaticAssets(dir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const apiPath = req.path.startsWith('/graphql') || req.path.startsWith('/health') || req.path.startsWith('/files');
    if ((req.method !== 'GET' && req.method !== 'HEAD') || apiPath || req.path.includes('.')) return next();
    res.sendFile(index);
  });
}

/** Opens the database (embedded unless DATABASE_URL is set) and builds the Nest application. */
export async function createApp(config: AppConfig): Promise<RunningApp> {
  const database = await openDatabase(config);
  try {
    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, database), {
      logger: ['error', 'warn', 'log', 'debug', 'verbose'].slice(0, ['error', 'warn', 'log', 'debug', 'verbose'].indexOf(config.LOG_LEVEL) + 1) as never,
    });
    app.enableShutdownHooks();
    applyHttpSecurity(app, config.CORS_ORIGINS);
    // No ETag computed over every answer: GraphQL answers are POSTs that nothing revalidates (a
    // SHA-1 of each body, 20–40 KB for an analytics answer). The dashboard's assets keep theirs
    // (serve-static sets its own), report originals too (the files controller); index.html is
    // revalidated by its Last-Modified.
    app.set('etag', false);
    // GraphQL multipart requests (file uploads) become ordinary GraphQL bodies before Apollo sees them.
    const auth = app.get(AuthService);
    const isAdmin = async (req: Request) => {
      const token = tokenOf(req);
      return token !== null && (await auth.userForToken(token))?.role === 'admin';
    };
    app.use('/graphql', uploadMiddleware({ maxFileSize: config.UPLOAD_MAX_BYTES, maxFiles: UPLOAD_MAX_FILES }, isAdmin));
    serveDashboard(app, config.WEB_DIST_DIR);
    await app.init();
    return {
      app,
      database,
      async close() {
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
