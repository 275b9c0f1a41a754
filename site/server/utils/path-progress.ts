import type { H3Event } from 'h3';
import { summarize } from '#shared/progress/model';
import type { PathStep } from '../graphql/path';
import { cookieProgressStore } from './progress';

/** What can be followed: a learning path, or a plan assembled by the needs check (documentId = its plan id). */
export interface Followable<S extends PathStep = PathStep> {
  documentId: string;
  steps: S[];
}

/** A path with this reader's progress: done flags per step, time left, and where to continue. */
export interface FollowProgress {
  total: number;
  doneCount: number;
  remainingMinutes: number;
  started: boolean;
  /** The first step not done, with the path context; null when every step is done. */
  nextUrl: string | null;
}

export function withProgress<S extends PathStep, P extends Followable<S>>(
  path: P & Followable<S>,
  event: H3Event,
): Omit<P, 'steps'> & { steps: Array<S & { done: boolean; url: string }>; progress: FollowProgress } {
  const done = cookieProgressStore(event).load().paths[path.documentId]?.done ?? [];
  const summary = summarize(path.steps.map((s) => ({ documentId: s.item.documentId, minutes: s.item.minutes })), done);
  const stepUrl = (index: number) => {
    const step = path.steps[index];
    return step ? `${step.item.url}?path=${path.documentId}` : null;
  };
  const steps: Array<S & { done: boolean; url: string }> = path.steps.map((step, i) => ({ ...step, done: summary.isDone[i] === true, url: stepUrl(i) ?? step.item.url }));
  return {
    ...path,
    steps,
    progress: {
      total: summary.total,
      doneCount: summary.doneCount,
      remainingMinutes: summary.remainingMinutes,
      started: summary.started,
      nextUrl: summary.nextIndex === null ? null : stepUrl(summary.nextIndex),
    },
  };
}
