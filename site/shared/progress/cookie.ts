import { z } from 'zod';
import { emptyProgress, type Progress } from './model';

export const PROGRESS_COOKIE = 'kn_progress';
/** Browsers keep at least 4096 bytes per cookie; stay well below with the name and attributes included. */
export const MAX_COOKIE_BYTES = 3_600;
const VERSION = '1';

const Id = z.string().regex(/^[a-z0-9]{1,40}$/);
/** A learning path's documentId, or the id of a plan assembled by the needs check (`plan-…`). */
const PathKey = z.string().regex(/^(?:plan-)?[a-z0-9]{1,40}$/);
const EntrySchema = z.tuple([PathKey, z.coerce.number().int().nonnegative(), z.array(Id).max(200)]);

/**
 * Cookie format, version 1: `1~<pathId or plan id>:<updatedAt>:<itemId>.<itemId>~<pathId>:…`. Only [a-z0-9.:~-] appear, so
 * the value needs no escaping. When it grows too large the least recently touched paths are dropped first.
 */
export function encodeProgress(progress: Progress): string {
  const entries = Object.entries(progress.paths)
    .sort(([, a], [, b]) => b.updatedAt - a.updatedAt)
    .map(([pathId, p]) => `${pathId}:${p.updatedAt}:${p.done.join('.')}`);
  let value = [VERSION, ...entries].join('~');
  while (value.length > MAX_COOKIE_BYTES && entries.length > 0) {
    entries.pop();
    value = [VERSION, ...entries].join('~');
  }
  return value;
}

/** Reads a cookie value written by encodeProgress. Anything else (tampered, old version, garbage) counts as no progress. */
export function decodeProgress(value: unknown): Progress {
  if (typeof value !== 'string' || value.length > MAX_COOKIE_BYTES * 2) return emptyProgress();
  const [version, ...entries] = value.split('~');
  if (version !== VERSION) return emptyProgress();
  const progress = emptyProgress();
  for (const entry of entries) {
    const [pathId, updatedAt, done = ''] = entry.split(':');
    const parsed = EntrySchema.safeParse([pathId, updatedAt, done === '' ? [] : done.split('.')]);
    if (!parsed.success) continue;
    const [id, at, items] = parsed.data;
    progress.paths[id] = { done: [...new Set(items)], updatedAt: at };
  }
  return progress;
}
