import { MeilisearchError } from 'meilisearch';
import { z } from 'zod';

/**
 * The one error the query API throws. 400: the caller's input is wrong (the message says how, naming
 * allowed values where there is a list). 503: Meilisearch could not answer (down, unreachable, index
 * missing, key rejected); details stay in `cause` for the logs, not in the message shown to users.
 */
export type SearchErrorCode = 'InvalidQuery' | 'QueryTooLong' | 'UnknownValue' | 'SearchUnavailable';

export class SearchError extends Error {
  override name = 'SearchError';
  readonly status: 400 | 503;
  readonly code: SearchErrorCode;

  constructor(status: 400 | 503, code: SearchErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.status = status;
    this.code = code;
  }
}

function issueCode(issue: z.core.$ZodIssue): SearchErrorCode {
  if (issue.code === 'invalid_value') return 'UnknownValue';
  if (issue.code === 'too_big' && issue.path[0] === 'q') return 'QueryTooLong';
  return 'InvalidQuery';
}

/** `level: unknown value "x"; allowed: …` (array positions left out: the user sent a list, not an index). */
function issueMessage(issue: z.core.$ZodIssue): string {
  const path = issue.path.filter((part) => typeof part === 'string').join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/**
 * A union (one value or a list; a number or numeric text) reports only "invalid input" when every
 * branch fails. The useful complaint is a branch error that is not a plain type mismatch, from the
 * branch that got furthest into the value: `unknown value "x"; allowed: …` rather than "expected array".
 */
function specific(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union') return issue;
  const candidates = issue.errors.flat().filter((candidate) => candidate.code !== 'invalid_type');
  const deepest = candidates.reduce<z.core.$ZodIssue | undefined>(
    (best, candidate) => (best && best.path.length >= candidate.path.length ? best : candidate),
    undefined,
  );
  return deepest ? specific({ ...deepest, path: [...issue.path, ...deepest.path] }) : issue;
}

/** A 400 for input that failed validation; the code follows the first problem. */
export function invalidInput(error: z.ZodError): SearchError {
  const issues = error.issues.map(specific);
  const first = issues[0];
  const message = issues.map(issueMessage).join('; ');
  return new SearchError(400, first ? issueCode(first) : 'InvalidQuery', message, { cause: error });
}

/**
 * Turns anything thrown while searching into a SearchError. Meilisearch failures (down, timeout,
 * missing index, rejected key) and answers we cannot read (an index in an old shape) become 503.
 * Anything else is a programming error and is rethrown unchanged rather than hidden as a 503.
 */
export function toSearchError(error: unknown): SearchError {
  if (error instanceof SearchError) return error;
  if (error instanceof MeilisearchError || error instanceof z.ZodError) {
    return new SearchError(503, 'SearchUnavailable', 'Search is temporarily unavailable', { cause: error });
  }
  throw error;
}

/** A Strapi entry that does not have the shape the mapping expects (names the entry and the fields). */
export class InvalidEntryError extends Error {
  override name = 'InvalidEntryError';
  readonly issues: z.core.$ZodIssue[];

  constructor(message: string, issues: z.core.$ZodIssue[]) {
    super(message);
    this.issues = issues;
  }
}

/** A Meilisearch task that ended in any state other than `succeeded`. */
export class TaskFailedError extends Error {
  override name = 'TaskFailedError';
  readonly taskUid: number;
  readonly status: string;

  constructor(taskUid: number, status: string, detail: string) {
    super(`Meilisearch task ${taskUid} ended as ${status}${detail ? `: ${detail}` : ''}`);
    this.taskUid = taskUid;
    this.status = status;
  }
}
