import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from './config/app-config.js';
import { createApp } from './create-app.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const started = Date.now();
  const { app, database } = await createApp(config);
  await app.listen(config.PORT, config.HOST);
  const url = (await app.getUrl()).replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost');
  new Logger('Disclosure Lens').log(`Database: ${database.description}; ready in ${Date.now() - started} ms`);
  // The one line a new user needs.
  console.log(`\n  Disclosure Lens is running: open ${url}/\n  GraphQL: ${url}/graphql   health: ${url}/health\n`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
