import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { mayReadDrafts, type AuthState } from '../middlewares/drafts-guard';
import { queryCost, tooComplexError, COMPLEXITY_ERROR_CODE, type ComplexityLimits } from './complexity';
import { useSchema } from './cost-gate';
import { draftArgumentsIn, draftsForbiddenError } from './publication-args';

/** The parts of Apollo Server's request context this plugin reads (structural, so the CMS needs no Apollo import). */
interface OperationContext {
  schema: GraphQLSchema;
  document?: DocumentNode;
  operationName?: string | null;
  request: { variables?: Record<string, unknown>; operationName?: string };
  contextValue: { state?: { auth?: AuthState } };
}

function costOf(rc: OperationContext, document: DocumentNode, limits: ComplexityLimits): number {
  const operationName = rc.operationName ?? rc.request.operationName ?? undefined;
  return queryCost(rc.schema, document, rc.request.variables ?? {}, limits, operationName);
}

function assertWithinBudget(cost: number, limits: ComplexityLimits): void {
  if (cost > limits.budget) throw tooComplexError(cost, limits.budget);
}

/**
 * Refuses draft arguments from callers who may not read drafts (403) and any query whose cost is over the budget
 * (400), before any resolver runs. The global middleware cms/src/middlewares/graphql-cost.ts refuses most
 * over-budget queries even earlier, before validation, with the schema handed over here at start.
 */
export function hubApolloPlugin(limits: ComplexityLimits) {
  return {
    async serverWillStart({ schema }: { schema: GraphQLSchema }) {
      useSchema(schema, limits);
    },
    async requestDidStart() {
      return {
        async didResolveOperation(rc: OperationContext) {
          const document = rc.document;
          if (!document) return;
          if (!mayReadDrafts(rc.contextValue.state?.auth)) {
            const refused = draftArgumentsIn(document, rc.request.variables ?? {});
            if (refused.length > 0) throw draftsForbiddenError(refused);
          }
          try {
            assertWithinBudget(costOf(rc, document, limits), limits);
          } catch (error) {
            if (error instanceof GraphQLError && error.extensions.code === COMPLEXITY_ERROR_CODE) throw error;
            // graphql-query-complexity refuses documents with too many nodes: a too-complex query too.
            throw new GraphQLError(error instanceof Error ? error.message : 'Query could not be costed.', { extensions: { code: COMPLEXITY_ERROR_CODE, http: { status: 400 } } });
          }
        },
      };
    },
  };
}
