import { createRequire } from 'node:module';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, validate, type DocumentNode } from 'graphql';
import depthLimit from 'graphql-depth-limit';
// Required, not imported: the ESM build of graphql-query-complexity imports graphql/index.mjs,
// a second copy of graphql beside the CommonJS one that Nest and Apollo build the schema with,
// and graphql refuses to mix the two. `require` takes the CommonJS build.
const { fieldExtensionsEstimator, getComplexity, simpleEstimator } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof import('graphql-query-complexity');

export interface QueryLimits {
  /** Deepest field nesting allowed (graphql-depth-limit counts the root fields as depth 0). */
  readonly maxDepth: number;
  /**
   * Highest complexity allowed: a field costs its `complexity` extension (set on list and
   * analytics fields with `@Field({ complexity })`), 1 otherwise, so aliases add up.
   */
  readonly maxComplexity: number;
}

/**
 * Depth 8 covers the deepest real selection (a report's issuer's region's parent …). Complexity
 * 5,000 lets a full page (100 rows, see reports/pagination.ts) of about 40 fields through, and
 * stops 2,500 aliases of even the cheapest field.
 */
export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 8, maxComplexity: 5000 };

/** Complexities remembered per document, for as many sets of variables. */
const MAX_REMEMBERED_VARIABLES = 64;

const rejected = (code: string, message: string, extensions: Record<string, unknown>) =>
  new GraphQLError(message, { extensions: { code, ...extensions, http: { status: 400 } } });

/**
 * Rejects, before execution, operations nested deeper than `maxDepth` (QUERY_TOO_DEEP) or
 * costlier than `maxComplexity` (QUERY_TOO_COMPLEX, which also stops alias flooding). A plugin
 * rather than validation rules: Apollo turns every validation error into
 * GRAPHQL_VALIDATION_FAILED, and the client should see which limit it hit.
 */
export function queryLimitsPlugin(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ApolloServerPlugin {
  // Apollo hands the same parsed document to every request with the same query text, so what
  // the limits found can be kept with it: the depth per document, the complexity per document
  // and variables (a few per document; dropped when there are many). Checking was a tenth of
  // the API's own time for a small analytics query.
  const tooDeep = new WeakMap<DocumentNode, boolean>();
  const complexities = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let deep = tooDeep.get(document);
          if (deep === undefined) {
            deep = validate(schema, document, [depthLimit(limits.maxDepth)]).length > 0;
            tooDeep.set(document, deep);
          }
          if (deep) {
            throw rejected('QUERY_TOO_DEEP', `The query nests fields more than ${limits.maxDepth} levels deep`, { maxDepth: limits.maxDepth });
          }
          let byVariables = complexities.get(document);
          if (!byVariables) complexities.set(document, (byVariables = new Map<string, number>()));
          const key = `${request.operationName ?? ''}\n${JSON.stringify(request.variables ?? {})}`;
          let complexity = byVariables.get(key);
          if (complexity === undefined) {
            complexity = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: request.operationName ?? undefined,
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
            if (byVariables.size >= MAX_REMEMBERED_VARIABLES) byVariables.clear();
            byVariables.set(key, complexity);
          }
          if (complexity > limits.maxComplexity) {
            throw rejected('QUERY_TOO_COMPLEX', `Query complexity ${complexity} is over the limit of ${limits.maxComplexity}`, {
              complexity,
              maxComplexity: limits.maxComplexity,
            });
          }
        },
      };
    },
  };
}
