import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { FEATURE_MODULES } from '../app.module.js';

/** `@nestjs/graphql` marks resolver classes with this metadata key. */
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';

type ResolverClass = abstract new (...args: never[]) => unknown;

/** The resolvers the feature modules provide: the same set the running app serves. */
function resolvers(): ResolverClass[] {
  const providers = FEATURE_MODULES.flatMap((module) => (Reflect.getMetadata('providers', module) ?? []) as unknown[]);
  return providers.filter(
    (p): p is ResolverClass => typeof p === 'function' && Reflect.getMetadata(RESOLVER_TYPE_METADATA, p) !== undefined,
  );
}

const SCHEMA_FILE = resolve(import.meta.dirname, '../../src/schema.gql');
const HEADER = '# Generated from the code-first resolvers by `nx run api:schema` (apps/api/src/tools/print-schema.ts). Do not edit.\n\n';

/** Builds the GraphQL schema from the resolvers, sorted, as SDL. */
export async function buildSchemaSdl(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(resolvers());
  await app.close();
  return `${HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
}

async function main(): Promise<void> {
  const sdl = await buildSchemaSdl();
  if (process.argv.includes('--check')) {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (committed !== sdl) {
      console.error(`${SCHEMA_FILE} is out of date: run \`npx nx run api:schema\` and commit the result`);
      process.exit(1);
    }
    console.log('schema.gql is up to date');
    return;
  }
  writeFileSync(SCHEMA_FILE, sdl);
  console.log(`wrote ${SCHEMA_FILE}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
