import type { Core } from '@strapi/strapi';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, RateLimiterSQLite, type RateLimiterAbstract } from 'rate-limiter-flexible';

/**
 * Limits of the site-facing needs and sign-up routes and of the site's own needs-check form, counted with rate-limiter-flexible
 * in a table of the CMS database (kn_rate_limits; PostgreSQL or SQLite through Strapi's own knex): they hold across
 * CMS restarts and every CMS and site replica. Sized for a classroom: a workshop of 15 owners behind one address
 * gets through, a flood does not.
 */
export const BUCKETS = {
  /** The site's needs-check form, per client address (the site asks through POST /api/needs/rate). */
  'needs-check': { points: 20, durationS: 600 },
  responses: { points: 20, durationS: 600 },
  contacts: { points: 10, durationS: 600 },
  searchMisses: { points: 60, durationS: 60 },
  /** Occasion sign-ups and cancellations (cms/src/occasions/site-actions.ts), per client address. */
  signups: { points: 10, durationS: 600 },
  signupCancels: { points: 20, durationS: 600 },
  /** Answers to research calls and their deletions (cms/src/research-calls/site-actions.ts), per client address. */
  researchAnswers: { points: 10, durationS: 600 },
  researchAnswerDeletes: { points: 20, durationS: 600 },
} as const;
export type Bucket = keyof typeof BUCKETS;
export const BUCKET_NAMES = Object.keys(BUCKETS) as Bucket[];

const TABLE = 'kn_rate_limits';

/** The header the site's server sends with an opaque id of its visitor (a salted hash of the address); never stored. */
export const CLIENT_HEADER = 'x-kn-client';

export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterS: number };

/** One limiter, its table created once (limiters are made one after another: concurrent CREATE TABLEs collide). */
function createLimiter(strapi: Core.Strapi, bucket: Bucket): Promise<RateLimiterAbstract> {
  const configured = bucket === 'needs-check';
  const points = configured ? Number(strapi.config.get('hub.needsCheckLimit', BUCKETS[bucket].points)) : BUCKETS[bucket].points;
  const duration = configured ? Number(strapi.config.get('hub.needsCheckWindowS', BUCKETS[bucket].durationS)) : BUCKETS[bucket].durationS;
  const options = {
    storeClient: strapi.db.connection,
    storeType: 'knex',
    tableName: TABLE,
    keyPrefix: bucket,
    points,
    duration,
    // If the database cannot answer, this process's memory counts instead of failing the request.
    insuranceLimiter: new RateLimiterMemory({ points, duration, keyPrefix: bucket }),
  };
  return new Promise((resolve, reject) => {
    const done = (error?: unknown) => (error ? reject(error) : resolve(limiter));
    const limiter: RateLimiterAbstract =
      strapi.db.dialect.client === 'postgres'
        ? new RateLimiterPostgres({ ...options, schemaName: strapi.db.getSchemaName() }, done)
        : new RateLimiterSQLite({ ...options, clearExpiredByTimeout: true }, done);
  });
}

let limiters: Promise<Map<Bucket, RateLimiterAbstract>> | null = null;

function limitersOf(strapi: Core.Strapi): Promise<Map<Bucket, RateLimiterAbstract>> {
  limiters ??= (async () => {
    const map = new Map<Bucket, RateLimiterAbstract>();
    for (const bucket of BUCKET_NAMES) map.set(bucket, await createLimiter(strapi, bucket));
    return map;
  })().catch((error: unknown) => {
    limiters = null;
    throw error;
  });
  return limiters;
}

/** Counts one hit of `client` in `bucket`, unless it is already at the limit. */
export async function hit(strapi: Core.Strapi, bucket: Bucket, client: string): Promise<RateDecision> {
  const limiter = (await limitersOf(strapi)).get(bucket)!;
  try {
    const res = await limiter.consume(client);
    return { allowed: true, remaining: res.remainingPoints };
  } catch (error) {
    if (error instanceof RateLimiterRes) return { allowed: false, retryAfterS: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
    throw error;
  }
}
