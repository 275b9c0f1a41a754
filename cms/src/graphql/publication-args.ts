import { GraphQLError, Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import { DRAFTS_FORBIDDEN_MESSAGE } from '../middlewares/drafts-guard';

/** GraphQL arguments that choose between drafts and published versions (Strapi 5 root queries; nested relations inherit them). */
const PUBLICATION_ARGS = new Set(['status', 'publicationFilter', 'hasPublishedVersion']);

function isPublished(value: ValueNode, variables: Record<string, unknown>): boolean {
  if (value.kind === Kind.ENUM) return value.value === 'PUBLISHED';
  if (value.kind === Kind.VARIABLE) {
    const given = variables[value.name.value];
    return given === undefined || given === null || given === 'PUBLISHED';
  }
  return value.kind === Kind.NULL;
}

/**
 * Deny by default: for a caller who may not read drafts, the only publication argument allowed anywhere in the
 * document is `status: PUBLISHED` (or absent). Checked on the whole document, fragments included, before anything
 * runs: Strapi's relation resolvers load nested items straight from the database with the root query's status, past
 * the document-service drafts guard.
 */
export function draftArgumentsIn(document: DocumentNode, variables: Record<string, unknown>): string[] {
  const refused: string[] = [];
  visit(document, {
    Argument(node) {
      if (!PUBLICATION_ARGS.has(node.name.value)) return;
      if (node.name.value === 'status' && isPublished(node.value, variables)) return;
      refused.push(node.name.value);
    },
  });
  return refused;
}

export const DRAFTS_FORBIDDEN_CODE = 'drafts_forbidden';

export function draftsForbiddenError(args: string[]): GraphQLError {
  return new GraphQLError(DRAFTS_FORBIDDEN_MESSAGE, {
    extensions: { code: 'FORBIDDEN', reason: DRAFTS_FORBIDDEN_CODE, arguments: args, http: { status: 403 } },
  });
}
