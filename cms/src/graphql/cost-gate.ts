import { parse, type GraphQLSchema } from 'graphql';
import { queryCost, type ComplexityLimits } from './complexity';

/** The executable schema, handed over by the Apollo plugin when Apollo starts (serverWillStart). */
let current: { schema: GraphQLSchema; limits: ComplexityLimits } | null = null;

export function useSchema(schema: GraphQLSchema, limits: ComplexityLimits): void {
  current = { schema, limits };
}

/** Documents longer than this are not worth costing: the token cap of graphql-js's parser refuses them. */
const MAX_TOKENS = 20_000;

export interface GateInput {
  query: unknown;
  variables?: unknown;
  operationName?: unknown;
}

/**
 * The cost of one request, or null when it cannot be judged here (no schema yet, not a string, a syntax error,
 * an unknown operation): Apollo then answers it itself, and its own didResolveOperation check still applies.
 */
export function costBeforeValidation(input: GateInput): { cost: number; budget: number } | null {
  if (!current || typeof input.query !== 'string') return null;
  const variables = input.variables && typeof input.variables === 'object' && !Array.isArray(input.variables) ? (input.variables as Record<string, unknown>) : {};
  const operationName = typeof input.operationName === 'string' ? input.operationName : undefined;
  try {
    const document = parse(input.query, { maxTokens: MAX_TOKENS, noLocation: true });
    return { cost: queryCost(current.schema, document, variables, current.limits, operationName), budget: current.limits.budget };
  } catch {
    return null;
  }
}
