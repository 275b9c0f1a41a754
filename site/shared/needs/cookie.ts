import { z } from 'zod';
import { DIMENSIONS, type Dimension } from '@kunskapsnavet/needs';
import { emptyHistory, MAX_CHECKS, type NeedsHistory, type StoredCheck, type StoredRecommendation, type StoredStep } from './history';

export const NEEDS_COOKIE = 'kn_needs';
/** Like the progress cookie: well below the 4096 bytes browsers keep, name and attributes included. */
export const MAX_NEEDS_COOKIE_BYTES = 3_600;
const VERSION = '1';

/** Question and option keys as the CMS allows them (^[a-z0-9_]+$, at most 64), and topic slugs. */
const Key = z.string().regex(/^[a-z0-9_-]{1,64}$/);
const DocumentId = z.string().regex(/^[a-z0-9]{1,40}$/);
const PlanId = z.string().regex(/^plan-[a-z0-9]{1,40}$/);
const ScoresSchema = z.record(z.enum(DIMENSIONS), z.number().nullable());
const Score = z.union([z.literal('n').transform(() => null), z.coerce.number().int().min(0).max(100)]);

/*
 * Format, version 1 — only characters encodeURIComponent leaves as they are, so the value is stored byte for byte:
 *   1~<check>~<check>…                          newest check first
 *   check  = <at>!<scores>!<answers>!<recommendation>
 *   scores = six values in DIMENSIONS order joined by '.', 'n' for none
 *   answers = <question>*<option> joined by '.'
 *   recommendation = c.<pathId> | a.<planId>.<step>.<step>…, step = <itemId>*<dimension index or empty>*<topic or empty>
 */
function encodeRecommendation(rec: StoredRecommendation): string {
  if (rec.kind === 'curated') return `c.${rec.pathId}`;
  const steps = rec.steps.map((s) => `${s.item}*${s.dimension === null ? '' : DIMENSIONS.indexOf(s.dimension)}*${s.topic ?? ''}`);
  return ['a', rec.id, ...steps].join('.');
}

function encodeCheck(check: StoredCheck): string {
  const scores = DIMENSIONS.map((d) => check.scores[d] ?? 'n').join('.');
  const answers = Object.entries(check.answers).map(([q, o]) => `${q}*${o}`).join('.');
  return [check.at, scores, answers, encodeRecommendation(check.recommendation)].join('!');
}

/** Writes the newest checks that fit: the oldest are dropped first when the value would grow too large. */
export function encodeHistory(history: NeedsHistory): string {
  const checks = history.checks.slice(0, MAX_CHECKS).map(encodeCheck);
  let value = [VERSION, ...checks].join('~');
  while (value.length > MAX_NEEDS_COOKIE_BYTES && checks.length > 0) {
    checks.pop();
    value = [VERSION, ...checks].join('~');
  }
  return value;
}

function decodeStep(text: string): StoredStep | null {
  const [item, dim = '', topic = '', extra] = text.split('*');
  const dimension: Dimension | null | undefined = dim === '' ? null : /^\d$/.test(dim) ? DIMENSIONS[Number(dim)] : undefined;
  if (extra !== undefined || !DocumentId.safeParse(item).success || dimension === undefined) return null;
  if (topic !== '' && !Key.safeParse(topic).success) return null;
  return { item: item ?? '', dimension, topic: topic === '' ? null : topic };
}

function decodeRecommendation(text: string): StoredRecommendation | null {
  const [kind, id, ...rest] = text.split('.');
  if (kind === 'c' && rest.length === 0 && DocumentId.safeParse(id).success) return { kind: 'curated', pathId: id ?? '' };
  if (kind !== 'a' || !PlanId.safeParse(id).success) return null;
  const steps = rest.map(decodeStep);
  if (steps.some((s) => s === null)) return null;
  return { kind: 'assembled', id: id ?? '', steps: steps.filter((s): s is StoredStep => s !== null) };
}

function decodeAnswers(text: string): StoredCheck['answers'] | null {
  const answers: StoredCheck['answers'] = {};
  for (const pair of text === '' ? [] : text.split('.')) {
    const [question, option, extra] = pair.split('*');
    if (extra !== undefined || !Key.safeParse(question).success || !Key.safeParse(option).success) return null;
    answers[question ?? ''] = option ?? '';
  }
  return answers;
}

function decodeCheck(text: string): StoredCheck | null {
  const [at, scoreText = '', answerText = '', recText = '', extra] = text.split('!');
  const time = z.coerce.number().int().nonnegative().safeParse(at);
  const scores = z.array(Score).length(DIMENSIONS.length).safeParse(scoreText.split('.'));
  const answers = decodeAnswers(answerText);
  const recommendation = decodeRecommendation(recText);
  if (extra !== undefined || !time.success || !scores.success || answers === null || recommendation === null) return null;
  const byDimension = ScoresSchema.parse(Object.fromEntries(DIMENSIONS.map((d, i) => [d, scores.data[i] ?? null])));
  return { at: time.data, answers, scores: byDimension, recommendation };
}

/** Reads a value written by encodeHistory; a damaged check is skipped, anything else (old version, garbage) is no history. */
export function decodeHistory(value: unknown): NeedsHistory {
  if (typeof value !== 'string' || value.length > MAX_NEEDS_COOKIE_BYTES * 2) return emptyHistory();
  const [version, ...checks] = value.split('~');
  if (version !== VERSION) return emptyHistory();
  const decoded = checks.map(decodeCheck).filter((c): c is StoredCheck => c !== null);
  return { checks: decoded.slice(0, MAX_CHECKS) };
}
