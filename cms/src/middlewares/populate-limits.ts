import type { Core } from '@strapi/strapi';
import { populateShape } from '../lib/populate-shape';

export interface PopulateLimits {
  maxDepth: number;
  maxEntries: number;
  maxList: number;
}

interface KoaLike {
  path: string;
  query: Record<string, unknown>;
  status: number;
  body: unknown;
}

/** Refuses with Strapi's error envelope plus a stable `code` (also in details, where Strapi's clients look). */
function refuse(ctx: KoaLike, code: string, message: string, details: Record<string, number>) {
  ctx.status = 400;
  ctx.body = { data: null, error: { status: 400, name: 'ValidationError', code, message, details: { code, ...details } } };
}

/** Which limit a parsed `populate` breaks, if any. Pure, for the unit tests. */
export function populateViolation(populate: unknown, limits: PopulateLimits): { code: string; message: string; details: Record<string, number> } | null {
  const shape = populateShape(populate);
  if (shape.depth > limits.maxDepth) {
    return { code: 'populate_too_deep', message: `populate is nested ${shape.depth} levels; at most ${limits.maxDepth} are allowed.`, details: { depth: shape.depth, maxDepth: limits.maxDepth } };
  }
  if (shape.entries > limits.maxEntries) {
    return { code: 'populate_too_wide', message: `populate names ${shape.entries} relations; at most ${limits.maxEntries} are allowed.`, details: { entries: shape.entries, maxEntries: limits.maxEntries } };
  }
  if (shape.largestList > limits.maxList) {
    return { code: 'populate_list_too_large', message: `a populated list asks for more than ${limits.maxList} items.`, details: { maxList: limits.maxList } };
  }
  return null;
}

/**
 * REST `populate` makes Strapi load every related item of every item, level after level (6 levels on topics: 2.1 MB
 * from 12 items). Global middleware after strapi::query: requests under /api/ whose populate is deeper, wider or
 * asks for longer nested lists than allowed are refused with 400 before any query runs.
 */
export default (config: Partial<PopulateLimits>, { strapi }: { strapi: Core.Strapi }) => {
  const hub = strapi.config.get('hub') as { populate?: Partial<PopulateLimits> } | undefined;
  const limits: PopulateLimits = { maxDepth: 3, maxEntries: 20, maxList: 100, ...hub?.populate, ...config };
  return async (ctx: KoaLike, next: () => Promise<void>) => {
    if (ctx.path.startsWith('/api/') && ctx.query.populate !== undefined) {
      const violation = populateViolation(ctx.query.populate, limits);
      if (violation) return refuse(ctx, violation.code, violation.message, violation.details);
    }
    return next();
  };
};
