import { loadConfig } from '../config/app-config.js';
import { createApp, type RunningApp } from '../create-app.js';

/**
 * Runs a command against the app's services (no HTTP), with Nest logs quiet: the command's
 * own summary is its output. Sample reports are not loaded into a database being filled by hand.
 */
export async function withApp<T>(run: (app: RunningApp['app']) => Promise<T>): Promise<T> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'error', LOAD_SAMPLES: 'false' });
  const running = await createApp(config);
  try {
    return await run(running.app);
  } finally {
    await running.close();
  }
}
