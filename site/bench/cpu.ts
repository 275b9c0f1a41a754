import { processCpuMs } from '../../scripts/src/lib/process-cpu.ts';
import { mergeSamples, sample, summarize, type LoadRequest, type LoadResult, type LoadSamples } from './load.ts';

export type ProcessIds = Record<string, number>;

/** The pause before each turn of interleaved(). */
const SETTLE_MS = 300;

/**
 * Two or more loads measured in turns — `slices` short runs of each, one after the other — with the CPU each named
 * process spent per request of each. The machine the benchmark runs on is shared, and its speed changes within a
 * minute (Meilisearch asked the same queries spent 1.6 ms of CPU per query in one run and 2.4 ms in the next): taken
 * in turns, every side meets the same slow and fast moments, so the ratio between them holds what one run in a row
 * of each cannot.
 */
export async function interleaved(pids: ProcessIds, sides: readonly LoadRequest[], connections: number, seconds: number, slices: number): Promise<(LoadResult & { cpuMsPerRequest: Record<string, number> })[]> {
  const turns = sides.map((request) => ({ request, parts: [] as LoadSamples[], cpuMs: {} as Record<string, number> }));
  for (let slice = 0; slice < slices; slice += 1) {
    for (const turn of turns) {
      // What a run leaves behind (a search-miss report, a collection) finishes before the next side's turn.
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      const before = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, processCpuMs(pid)]));
      turn.parts.push(await sample(turn.request, connections, seconds / slices));
      for (const [name, pid] of Object.entries(pids)) turn.cpuMs[name] = (turn.cpuMs[name] ?? 0) + processCpuMs(pid) - (before[name] ?? 0);
    }
  }
  return turns.map(({ parts, cpuMs }) => {
    const merged = mergeSamples(parts);
    const per = (ms: number) => Math.round((ms / Math.max(merged.requests, 1)) * 100) / 100;
    return { ...summarize(merged), cpuMsPerRequest: Object.fromEntries(Object.entries(cpuMs).map(([name, ms]) => [name, per(ms)])) };
  });
}
