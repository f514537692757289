import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';

/**
 * Security headers on every response (helmet), with a Content-Security-Policy the dashboard
 * can live with: its own scripts only, inline styles (recharts sets style attributes), images
 * from data: and blob: URLs (chart exports). Cross-origin requests are refused unless their
 * origin is listed in CORS_ORIGINS.
 */
export function applyHttpSecurity(app: NestExpressApplication, corsOrigins: readonly string[]): void {
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'connect-src': ["'self'"],
          'frame-ancestors': ["'none'"],
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.disable('x-powered-by');
  if (corsOrigins.length > 0) app.enableCors({ origin: [...corsOrigins], credentials: true, maxAge: 600 });
}
