import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

interface KoaLike {
  method: string;
  path: string;
  querystring: string;
  status: number;
  body: unknown;
}

/** Strapi's own errors (ValidationError, NotFoundError, …, mapped to a status by strapi::errors) and Koa's HTTP errors pass unchanged. */
const isHttpError = (error: unknown): boolean =>
  error instanceof errors.ApplicationError ||
  (typeof error === 'object' && error !== null && (('status' in error && typeof error.status === 'number') || ('statusCode' in error && typeof error.statusCode === 'number')));

/**
 * A read of the content API whose query string the database cannot run (an empty `fields=`, `$notNull=1e309`,
 * `$not=*`, an operator nested in `$gt`) fails deep in Strapi's query builder or the database driver with a plain
 * Error, which Strapi answers with 500. Those are the caller's mistakes: GET requests under /api/ with a query string
 * get 400 with a stable code instead, and the cause is logged for the operator. Writes and query-less reads keep
 * their 500: there the fault is ours.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  return async (ctx: KoaLike, next: () => Promise<void>) => {
    try {
      await next();
    } catch (error) {
      if (ctx.method !== 'GET' || !ctx.path.startsWith('/api/') || ctx.querystring === '' || isHttpError(error)) throw error;
      strapi.log.warn(`query refused (400 bad_query) ${ctx.path}?${ctx.querystring.slice(0, 300)}: ${error instanceof Error ? error.message : String(error)}`);
      const message = 'The query could not be run: check its filters, fields, sort and pagination (operators, types and values).';
      ctx.status = 400;
      ctx.body = { data: null, error: { status: 400, name: 'ValidationError', code: 'bad_query', message, details: { code: 'bad_query' } } };
    }
  };
};
