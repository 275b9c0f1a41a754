import type { Core } from '@strapi/strapi';
import { costBeforeValidation, type GateInput } from '../graphql/cost-gate';
import { COMPLEXITY_ERROR_CODE } from '../graphql/complexity';

/** Apollo's own JSON body limit (koa-bodyparser's default). */
const MAX_BODY_BYTES = 1024 * 1024;

interface KoaLike {
  method: string;
  path: string;
  query: Record<string, unknown>;
  status: number;
  body: unknown;
  is(type: string): string | false | null;
  req: AsyncIterable<Buffer>;
  request: { body?: unknown };
}

async function readJson(ctx: KoaLike): Promise<{ value?: unknown; tooLarge?: boolean; invalid?: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return { tooLarge: true };
    chunks.push(chunk);
  }
  try {
    return { value: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') };
  } catch {
    return { invalid: true };
  }
}

function answer(ctx: KoaLike, status: number, message: string, extensions: Record<string, unknown>) {
  ctx.status = status;
  ctx.body = { errors: [{ message, extensions }] };
}

function parseVariables(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/**
 * GraphQL's cost budget, checked before Apollo parses and validates the query: graphql-js validation of many
 * aliases is quadratic (overlapping fields), so the budget must refuse first to keep a refusal under 100 ms.
 * Reads the JSON body itself (the parsed body is left on ctx.request.body, where Apollo's body parser finds it).
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const endpoint = String(strapi.plugin('graphql')?.config('endpoint') ?? '/graphql');
  return async (ctx: KoaLike, next: () => Promise<void>) => {
    if (ctx.path !== endpoint) return next();
    let input: GateInput | null = null;
    if (ctx.method === 'GET') input = { query: ctx.query.query, variables: parseVariables(ctx.query.variables), operationName: ctx.query.operationName };
    else if (ctx.method === 'POST' && ctx.is('application/json')) {
      const body = await readJson(ctx);
      if (body.tooLarge) return answer(ctx, 413, 'Request body is too large.', { code: 'BODY_TOO_LARGE' });
      if (body.invalid) return answer(ctx, 400, 'Request body is not valid JSON.', { code: 'BAD_REQUEST' });
      ctx.request.body = body.value;
      if (body.value && typeof body.value === 'object' && !Array.isArray(body.value)) input = body.value as GateInput;
    }
    const judged = input ? costBeforeValidation(input) : null;
    if (judged && judged.cost > judged.budget) {
      const message = `Query is too complex: cost ${judged.cost} exceeds the budget of ${judged.budget}. Ask for fewer items, fewer nested lists or fewer aliases.`;
      return answer(ctx, 400, message, { code: COMPLEXITY_ERROR_CODE, cost: judged.cost, budget: judged.budget });
    }
    return next();
  };
};
