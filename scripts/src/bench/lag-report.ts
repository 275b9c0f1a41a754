import fs from 'node:fs';
import { summarize } from '../lib/stats.ts';
import { PHASES, type LagSample } from './publish-lag.ts';
import { lagChart } from './svg.ts';

export const LAG_TARGET_MS = 1000;
const round = (n: number) => Math.round(n);

/**
 * Prints, per group of publishes, the lag and each phase's p50/p95 (so the slowest part is visible) and the
 * Meilisearch steps that took longest; writes the lag distribution beside `jsonPath` as `-lag.svg`.
 */
export function reportLags(jsonPath: string, groups: Record<string, LagSample[]>) {
  const report: Record<string, unknown> = {};
  for (const [name, samples] of Object.entries(groups)) {
    if (samples.length === 0) continue;
    const lag = summarize(samples.map((s) => s.lagMs));
    const phases = Object.fromEntries(
      PHASES.map((phase) => {
        const values = samples.flatMap((s) => (s.phases[phase] === undefined ? [] : [s.phases[phase]]));
        const summary = summarize(values);
        return [phase, { p50: round(summary.p50), p95: round(summary.p95), max: round(summary.max) }];
      }),
    );
    const steps: Record<string, number[]> = {};
    for (const sample of samples) for (const [step, ms] of sample.steps) (steps[step] ??= []).push(ms);
    const slowSteps = Object.fromEntries(Object.entries(steps).map(([step, ms]) => [step.replace('processing tasks > indexing > ', ''), round(summarize(ms).p95)]).sort((a, b) => Number(b[1]) - Number(a[1])).slice(0, 5));
    console.log(`\n${name}: publish → searchable p50 ${round(lag.p50)} ms, p95 ${round(lag.p95)} ms, max ${round(lag.max)} ms (n ${lag.n}; first ${round(samples[0]?.lagMs ?? 0)} ms); target p95 ≤ ${LAG_TARGET_MS} ms: ${lag.p95 <= LAG_TARGET_MS ? 'met' : 'NOT met'}`);
    console.table(phases);
    console.table({ 'slowest Meilisearch steps, p95 ms': slowSteps });
    report[name] = { lag: { n: lag.n, p50: round(lag.p50), p95: round(lag.p95), max: round(lag.max), first: round(samples[0]?.lagMs ?? 0) }, phases, slowSteps, samples };
  }
  const series = Object.entries(groups).filter(([, s]) => s.length > 0).map(([label, samples]) => ({ label, values: samples.map((s) => s.lagMs) }));
  fs.writeFileSync(jsonPath.replace(/\.json$/, '-lag.svg'), lagChart('Publish → searchable (ms)', series, LAG_TARGET_MS));
  return report;
}
