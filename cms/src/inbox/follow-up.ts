import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { EFFORT_TYPES, INBOX_TYPES, NEEDS_TYPES, type LocaleCode } from '../lib/content-types';
import { hashToken, keyedToken, newNonce } from '../occasions/tokens';

/**
 * Pairing a first answer with its follow-up without keeping identity:
 *  - at submission a random nonce n is drawn; the follow-up token is t = HMAC(APP_KEYS[0], "needs-follow-up:" + n)
 *    and the first response stores only pairKey = SHA-256(t);
 *  - the pending invitation stores the address and n (never t nor pairKey), so even before sending, the database
 *    alone cannot tell which response an address belongs to (that needs the app key);
 *  - when the mail with t goes out, the pending record (address, n) is deleted: from then on nothing in the database
 *    links an address to a response, and only the owner's mail holds t;
 *  - the follow-up submission carries t, stores wave follow_up with the same pairKey = SHA-256(t), and a second
 *    follow-up with that pairKey is refused (the token works once).
 */
export const FOLLOW_UP_PURPOSE = 'needs-follow-up';
const MONTH_MS = 30.44 * 86_400_000;

export class FollowUpError extends Error {
  constructor(message: string, readonly code: 'follow_up_invalid' | 'follow_up_used' | 'effort_not_found', readonly status: 400 | 404 | 409) {
    super(message);
  }
}

export const pairKeyOf = (token: string) => hashToken(token);

/** Adds months by average length: the schedule is "about N months later", not a calendar date. */
export const addMonths = (from: Date, months: number) => new Date(from.getTime() + months * MONTH_MS);

/** Creates the pending invitation for a first response; returns its pairKey and the owner's cancel token. */
export async function pendFollowUp(strapi: Core.Strapi, input: { email: string; locale: LocaleCode; months: number; now: Date }) {
  const nonce = newNonce();
  // The cancel link is shown once on the result page; only its hash is kept (like the contact's delete link).
  const cancelToken = crypto.randomBytes(32).toString('base64url');
  await strapi.db.query(INBOX_TYPES.followUp).create({
    data: { email: input.email, locale: input.locale, tokenNonce: nonce, cancelTokenHash: hashToken(cancelToken), dueAt: addMonths(input.now, input.months) },
  });
  return { pairKey: pairKeyOf(keyedToken(strapi, FOLLOW_UP_PURPOSE, nonce)), cancelToken };
}

interface FirstAnswer {
  municipality: string | null;
}

/** The first answer a token belongs to, if the token is valid and not yet used. */
export async function firstAnswerOf(strapi: Core.Strapi, token: string): Promise<FirstAnswer> {
  const pairKey = pairKeyOf(token);
  const responses = strapi.db.query(NEEDS_TYPES.response);
  const first: FirstAnswer | null = await responses.findOne({ where: { pairKey, wave: 'first' }, select: ['municipality'] });
  if (!first) throw new FollowUpError('This follow-up link is not valid (or its first answer was deleted).', 'follow_up_invalid', 404);
  if (await responses.findOne({ where: { pairKey, wave: 'follow_up' }, select: ['id'] })) {
    throw new FollowUpError('This follow-up link has already been used.', 'follow_up_used', 409);
  }
  return first;
}

/**
 * Inside the submission's transaction: locks the first answer's row, then checks again that its link is unused, so
 * two submissions of one link at the same moment store one follow-up and the other gets follow_up_used (the check in
 * firstAnswerOf runs before the transaction and cannot see a follow-up being written). PostgreSQL holds the second
 * submission at the lock until the first commits; SQLite runs one write transaction at a time (knex drops FOR UPDATE).
 */
export async function claimFollowUp(strapi: Core.Strapi, trx: Knex.Transaction, pairKey: string): Promise<void> {
  const meta = strapi.db.metadata.get(NEEDS_TYPES.response);
  const column = (name: string) => {
    const attribute = meta.attributes[name];
    return attribute && 'columnName' in attribute && attribute.columnName ? attribute.columnName : name;
  };
  const rows = () => strapi.db.connection(meta.tableName).transacting(trx);
  await rows().where({ [column('pairKey')]: pairKey, [column('wave')]: 'first' }).forUpdate().first('id');
  if (await rows().where({ [column('pairKey')]: pairKey, [column('wave')]: 'follow_up' }).first('id')) {
    throw new FollowUpError('This follow-up link has already been used.', 'follow_up_used', 409);
  }
}

export interface EffortChoice {
  documentId: string;
  title: string;
}

/** Published efforts aimed at a municipality (in the reader's language, else Swedish): the follow-up's choices. */
export async function effortsFor(strapi: Core.Strapi, municipality: string | null, locale: LocaleCode): Promise<EffortChoice[]> {
  if (!municipality) return [];
  const rows: { documentId: string; title: string; locale: string }[] = await strapi.db.query(EFFORT_TYPES.effort).findMany({
    where: { publishedAt: { $notNull: true }, locale: { $in: [locale, 'sv'] }, municipalities: { slug: municipality } },
    select: ['documentId', 'title', 'locale'],
    orderBy: { title: 'asc' },
    limit: 100,
  });
  const byId = new Map<string, EffortChoice>();
  for (const r of rows) if (!byId.has(r.documentId) || r.locale === locale) byId.set(r.documentId, { documentId: r.documentId, title: r.title });
  return [...byId.values()];
}

/**
 * Row ids to link for the given effort documentIds: each must have a published version (else refused, not dropped).
 * The link goes to the Swedish draft row, which keeps its id when the effort is re-published (the published row is
 * re-created), so the relation survives edits; readers resolve it by documentId.
 */
export async function publishedEffortIds(strapi: Core.Strapi, ids: string[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const efforts = strapi.db.query(EFFORT_TYPES.effort);
  const published: { documentId: string }[] = await efforts.findMany({ where: { documentId: { $in: ids }, publishedAt: { $notNull: true } }, select: ['documentId'] });
  const found = new Set(published.map((r) => r.documentId));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) throw new FollowUpError(`Unknown or unpublished effort: ${missing.join(', ')}`, 'effort_not_found', 400);
  const drafts: { id: number; documentId: string; locale: string }[] = await efforts.findMany({ where: { documentId: { $in: ids }, publishedAt: null }, select: ['id', 'documentId', 'locale'] });
  const chosen = new Map<string, { id: number; locale: string }>();
  for (const d of drafts) if (!chosen.has(d.documentId) || d.locale === 'sv') chosen.set(d.documentId, d);
  return [...chosen.values()].map((d) => d.id);
}
