import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { execute, GraphQLError, isObjectType, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** Apollo Server's hook for a custom executor: a "gateway" that serves one schema. */
type ExecutorGateway = ApolloServerOptionsWithGateway<Record<string, unknown>>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<ExecutorGateway['load']>>['executor']>;

/**
 * Executes queries as JavaScript functions compiled once per document (graphql-jit) instead of
 * walking the document for every field of every row (graphql-js): an analytics answer of a few
 * hundred rows costs graphql-js about 0.7 ms, its compiled function a few hundredths of that.
 * Mutations run on graphql-js (they are rare, and carry the uploads); so does a document the
 * compiler refuses. Everything around execution stays Apollo's: parsing and validation (and its
 * cache of parsed documents, which is what makes the compiled function reusable), the query
 * limits, error formatting and status codes.
 */
export function compiledQueryGateway(schema: GraphQLSchema): ExecutorGateway {
  const logger = new Logger('CompiledQueries');
  // Keyed by the parsed document, which Apollo's document store keeps while the text is in use.
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  const compiledQuery = (document: DocumentNode, operationName: string | null): CompiledQuery | null => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    const key = operationName ?? '';
    if (!byName.has(key)) {
      const result = compileQuery(schema, document, operationName ?? undefined);
      if (!isCompiledQuery(result)) logger.warn(`runs ${operationName ?? 'an operation'} uncompiled: ${result.errors?.map((e) => e.message).join('; ')}`);
      byName.set(key, isCompiledQuery(result) ? result : null);
    }
    return byName.get(key) ?? null;
  };

  const executor: Executor = async ({ document, operation, operationName, context, request }) => {
    const runWithGraphqlJs = () => execute({ schema, document, operationName, contextValue: context, variableValues: request.variables });
    const query = operation.operation === 'query' ? compiledQuery(document, operationName) : null;
    if (!query) return runWithGraphqlJs();
    const result = await query.query(undefined, context, request.variables ?? {});
    // No data: refused before running anything (bad variables). graphql-js words those errors the
    // way Apollo recognises (BAD_USER_INPUT, status 400), and runs no resolver either.
    if (result.data === undefined) return runWithGraphqlJs();
    return withStandardErrors(result);
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    load: async () => ({ schema, executor }),
    stop: async () => undefined,
  };
}

/**
 * graphql-jit's errors are its own kind, without `extensions` when the error did not come with
 * any (a null in a non-null field, a bad variable): Apollo's error formatting needs them, and
 * would answer "Internal server error" instead of the message. They become graphql-js errors.
 */
function withStandardErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((error) =>
    Object.assign(new GraphQLError(error.message, { path: error.path, originalError: error.originalError, extensions: error.extensions }), {
      locations: error.locations,
    }),
  );
  return { ...result, errors };
}

/**
 * Nest gives every field of a code-first object type a resolver, `rootFieldResolver`, that reads
 * the class property of the field (and gives the field's default value for undefined). A compiled
 * query cannot see through a resolver: it calls it for every field of every row, with the
 * resolve info made for each call (compare's 210-row answer: 440 KB of garbage a request). Where
 * the property has the field's name and there is no default value, the resolver is exactly what
 * graphql-js and graphql-jit do without one, reading the property inline: those are removed.
 * Returns how many were removed.
 */
export function withoutPropertyResolvers(schema: GraphQLSchema): number {
  let removed = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (resolve?.name !== 'rootFieldResolver') continue;
      // Nest's resolver by its name; called here only on plain objects, to see what it reads.
      const marker = {};
      const read = (source: object) => (resolve as (source: object) => unknown)(source);
      if (read({ [field.name]: marker }) === marker && read({}) === undefined) {
        field.resolve = undefined;
        removed++;
      }
    }
  }
  return removed;
}

/**
 * Nest's Apollo driver, with the schema Nest builds executed by {@link compiledQueryGateway},
 * without its property resolvers ({@link withoutPropertyResolvers}).
 */
export class CompiledQueriesApolloDriver extends ApolloDriver {
  protected override registerExpress(options: ApolloDriverConfig, hooks?: { preStartHook?: () => void }): Promise<void> {
    if (!options.schema) throw new Error('the GraphQL schema was not built before the server started');
    withoutPropertyResolvers(options.schema);
    return super.registerExpress({ ...options, gateway: compiledQueryGateway(options.schema) } as ApolloDriverConfig, hooks);
  }
}
