import { GraphQLError, getNamedType, isLeafType, isListType, getNullableType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

export const COMPLEXITY_ERROR_CODE = 'QUERY_TOO_COMPLEX';

export interface ComplexityLimits {
  /** Largest cost one query may have. */
  budget: number;
  /** Items a list returns when the query sets no limit (Strapi's GraphQL defaultLimit). */
  defaultLimit: number;
  /** Strapi's GraphQL maxLimit: no list returns more, whatever the query asks. */
  maxLimit: number;
}

/** The number of items a list field can return, read from Strapi's `pagination` argument (limit or pageSize). */
function itemsOf(args: Record<string, unknown>, limits: ComplexityLimits): number {
  const pagination = args.pagination;
  if (pagination && typeof pagination === 'object') {
    const { limit, pageSize } = pagination as { limit?: unknown; pageSize?: unknown };
    const asked = typeof limit === 'number' ? limit : typeof pageSize === 'number' ? pageSize : undefined;
    // Strapi reads -1 as "no limit", capped at maxLimit.
    if (asked !== undefined) return asked < 0 ? limits.maxLimit : Math.max(1, Math.min(asked, limits.maxLimit));
  }
  return limits.defaultLimit;
}

/**
 * Cost ≈ the database work Strapi does: every object or list field is one load (1), repeated for each item its parent
 * list returns; scalars are free (they come with their row). Lists multiply what is below them by the items they may
 * return, so nesting and aliases both add up. A connection's `nodes` list is counted by the connection's own limit.
 */
export function listCostEstimator(limits: ComplexityLimits): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    const named = getNamedType(field.type);
    // Scalars come with their row; introspection (__schema, __type; off in production) reads no data.
    if (isLeafType(named) || named.name.startsWith('__')) return 0;
    const returnsList = isListType(getNullableType(field.type));
    const isConnection = named.name.endsWith('EntityResponseCollection');
    const items = field.name === 'nodes' ? 1 : returnsList || isConnection ? itemsOf(args, limits) : 1;
    return 1 + items * childComplexity;
  };
}

export function queryCost(schema: GraphQLSchema, query: DocumentNode, variables: Record<string, unknown>, limits: ComplexityLimits, operationName?: string): number {
  return getComplexity({ schema, query, variables, operationName, estimators: [listCostEstimator(limits)] });
}

export function tooComplexError(cost: number, budget: number): GraphQLError {
  return new GraphQLError(`Query is too complex: cost ${cost} exceeds the budget of ${budget}. Ask for fewer items, fewer nested lists or fewer aliases.`, {
    extensions: { code: COMPLEXITY_ERROR_CODE, cost, budget, http: { status: 400 } },
  });
}
