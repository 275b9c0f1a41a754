import type { H3Event } from 'h3';
import { summarize } from '#shared/progress/model';
import type { PathView } from '../graphql/path';
import { cookieProgressStore } from './progress';

/** A path with this reader's progress: done flags per step, time left, and where to continue. */
export function withProgress(path: PathView, event: H3Event) {
  const done = cookieProgressStore(event).load().paths[path.documentId]?.done ?? [];
  const summary = summarize(path.steps.map((s) => ({ documentId: s.item.documentId, minutes: s.item.minutes })), done);
  const stepUrl = (index: number) => {
    const step = path.steps[index];
    return step ? `${step.item.url}?path=${path.documentId}` : null;
  };
  return {
    ...path,
    steps: path.steps.map((step, i) => ({ ...step, done: summary.isDone[i] === true, url: stepUrl(i) ?? step.item.url })),
    progress: {
      total: summary.total,
      doneCount: summary.doneCount,
      remainingMinutes: summary.remainingMinutes,
      started: summary.started,
      nextUrl: summary.nextIndex === null ? null : stepUrl(summary.nextIndex),
    },
  };
}
