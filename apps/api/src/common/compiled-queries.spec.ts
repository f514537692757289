import { ApolloServer, type GraphQLResponse } from '@apollo/server';
import { buildSchema, GraphQLError, GraphQLObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import * as jit from 'graphql-jit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { compiledQueryGateway, withoutPropertyResolvers } from './compiled-queries.js';

vi.mock('graphql-jit', async (importOriginal) => {
  const original = await importOriginal<typeof jit>();
  return { ...original, compileQuery: vi.fn(original.compileQuery) };
});

const ROWS = [
  { issuerName: '桓仁满族自治县', year: 2023, value: 12, change: null, severity: 'error' },
  { issuerName: '桓仁满族自治县', year: 2024, value: 15, change: 0.25, severity: 'info' },
];

/** A small schema with what the dashboard's answers use: lists of objects, enums, nulls, arguments, a mutation. */
function testSchema(): { schema: GraphQLSchema; saved: string[] } {
  const schema = buildSchema(`
    enum Severity { error warning info }
    type Row { issuerName: String! year: Int! value: Float change: Float severity: Severity! }
    type Query { rows(fromYear: Int): [Row!]! denied: Int failing: [Row!] echo(text: String!): String! }
    type Mutation { save(name: String!): String! }
  `);
  const saved: string[] = [];
  const resolve = (type: GraphQLObjectType | null | undefined, field: string, resolver: GraphQLFieldResolver<unknown, unknown>) => {
    const definition = type?.getFields()[field];
    if (!definition) throw new Error(`no field ${field}`);
    definition.resolve = resolver;
  };
  resolve(schema.getQueryType(), 'rows', async (_, args: { fromYear?: number }) => ROWS.filter((row) => row.year >= (args.fromYear ?? 0)));
  resolve(schema.getQueryType(), 'denied', () => {
    throw new GraphQLError('sign in to read', { extensions: { code: 'UNAUTHENTICATED' } });
  });
  resolve(schema.getQueryType(), 'echo', (_, args: { text: string }) => args.text);
  resolve(schema.getQueryType(), 'failing', async () => [{ ...ROWS[0], year: null }]);
  resolve(schema.getMutationType(), 'save', (_, args: { name: string }) => {
    saved.push(args.name);
    return args.name;
  });
  return { schema, saved };
}

const single = (response: GraphQLResponse) => {
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult;
};

describe('compiled query execution (graphql-jit behind Apollo Server)', () => {
  const compiled = testSchema();
  const plain = testSchema();
  const compiledServer = new ApolloServer({ gateway: compiledQueryGateway(compiled.schema) });
  const plainServer = new ApolloServer({ schema: plain.schema });
  const both = async (query: string, variables?: Record<string, unknown>) => [
    single(await compiledServer.executeOperation({ query, variables })),
    single(await plainServer.executeOperation({ query, variables })),
  ];

  beforeAll(async () => {
    await compiledServer.start();
    await plainServer.start();
  });
  afterAll(async () => {
    await compiledServer.stop();
    await plainServer.stop();
  });

  it('answers queries exactly as graphql-js does', async () => {
    const query = 'query($from: Int) { rows(fromYear: $from) { issuerName year value change severity } }';
    for (const variables of [{}, { from: 2024 }, { from: 2030 }]) {
      const [fast, reference] = await both(query, variables);
      expect(fast).toEqual(reference);
    }
    const [fast] = await both(query, { from: 2024 });
    expect(fast.data).toEqual({ rows: [{ issuerName: '桓仁满族自治县', year: 2024, value: 15, change: 0.25, severity: 'info' }] });
  });

  it('reports resolver errors, null violations and bad variables as graphql-js does', async () => {
    const [denied, deniedReference] = await both('{ denied rows { year } }');
    expect(denied).toEqual(deniedReference);
    expect(denied.errors?.[0]).toMatchObject({ message: 'sign in to read', path: ['denied'], extensions: { code: 'UNAUTHENTICATED' } });
    expect(denied.data).toEqual({ denied: null, rows: [{ year: 2023 }, { year: 2024 }] });

    const [failing, failingReference] = await both('{ failing { year } }');
    expect(failing.data).toEqual(failingReference.data);
    expect(failing.errors?.map((e) => [e.message, e.path])).toEqual(failingReference.errors?.map((e) => [e.message, e.path]));

    const bad = await compiledServer.executeOperation({ query: 'query($from: Int) { rows(fromYear: $from) { year } }', variables: { from: 'soon' } });
    expect(bad.http.status).toBe(400);
    expect(single(bad).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('takes string literals in a query as data, never as code of the compiled function', async () => {
    const hostile = '"); globalThis.pwned = 1; ("`${globalThis.pwned = 2}`\\u0022 */ globalThis.pwned = 3; /*';
    const query = `{ echo(text: ${JSON.stringify(hostile)}) }`;
    const [fast, reference] = await both(query);
    expect(fast).toEqual(reference);
    expect(fast.data).toEqual({ echo: hostile });
    // ...from the compiled function, not from a fallback to graphql-js
    expect(jit.isCompiledQuery(vi.mocked(jit.compileQuery).mock.results.at(-1)?.value)).toBe(true);
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
  });

  it('compiles each query document once, and runs mutations without compiling them', async () => {
    const compile = vi.mocked(jit.compileQuery);
    compile.mockClear();
    const query = '{ rows { year } }';
    for (let i = 0; i < 3; i++) await compiledServer.executeOperation({ query });
    expect(compile).toHaveBeenCalledTimes(1);
    expect(jit.isCompiledQuery(compile.mock.results[0]?.value)).toBe(true);

    compile.mockClear();
    const saved = single(await compiledServer.executeOperation({ query: 'mutation { save(name: "a") }' }));
    expect(saved.data).toEqual({ save: 'a' });
    expect(compiled.saved).toEqual(['a']);
    expect(compile).not.toHaveBeenCalled();
  });
});

describe('withoutPropertyResolvers', () => {
  /** The resolver Nest gives a code-first field (ObjectTypeDefinitionFactory.createFieldResolver). */
  const nestResolver = (property: string, defaultValue?: unknown) =>
    // (named explicitly: the test transform does not keep the name a const gives a function)
    Object.defineProperty(
      (root: Record<string, unknown>) => {
        const value = root[property];
        return typeof value === 'undefined' ? defaultValue : value;
      },
      'name',
      { value: 'rootFieldResolver' },
    );

  it('removes the resolvers that only read the property of the field’s name, and keeps the rest', async () => {
    const rowsSchema = () => {
      const schema = buildSchema(`
        type Row { plain: Int renamed: Int defaulted: Int computed: Int }
        type Query { rows: [Row!]! }
      `);
      const fields = (schema.getType('Row') as GraphQLObjectType).getFields();
      fields['plain']!.resolve = nestResolver('plain');
      fields['renamed']!.resolve = nestResolver('storedAs'); // @Field({ name: 'renamed' }) storedAs
      fields['defaulted']!.resolve = nestResolver('defaulted', 7); // @Field({ defaultValue: 7 })
      fields['computed']!.resolve = (root: { plain: number }) => root.plain * 2;
      schema.getQueryType()!.getFields()['rows']!.resolve = () => [{ plain: 1, storedAs: 2 }];
      return { schema, fields };
    };
    const query = '{ rows { plain renamed defaulted computed } }';
    // (Apollo wraps the resolvers of a schema it serves with its plugins' hooks: one schema each.)
    const before = single(await new ApolloServer({ schema: rowsSchema().schema }).executeOperation({ query }));

    const { schema, fields } = rowsSchema();
    expect(withoutPropertyResolvers(schema)).toBe(1);
    expect(fields['plain']!.resolve).toBeUndefined();
    for (const kept of ['renamed', 'defaulted', 'computed']) expect(fields[kept]!.resolve).toBeTypeOf('function');
    const server = new ApolloServer({ gateway: compiledQueryGateway(schema) });
    await server.start();
    const after = single(await server.executeOperation({ query }));
    await server.stop();
    expect(after).toEqual(before);
    expect(after.data).toEqual({ rows: [{ plain: 1, renamed: 2, defaulted: 7, computed: 2 }] });
  });
});
