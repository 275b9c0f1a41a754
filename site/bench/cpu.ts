import { processCpuMs } from '../../scripts/src/lib/process-cpu.ts';
import type { LoadResult } from './load.ts';

export type ProcessIds = Record<string, number>;

/**
 * A load run with the CPU each named process spent per request beside it (ms; Linux /proc): where the time of a
 * search goes — the site's own work, Meilisearch's, the CMS's — which a latency alone does not say.
 */
export async function withCpu(pids: ProcessIds, run: () => Promise<LoadResult>): Promise<LoadResult & { cpuMsPerRequest: Record<string, number> }> {
  const before = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, processCpuMs(pid)]));
  const result = await run();
  const per = (name: string, pid: number) => Math.round(((processCpuMs(pid) - (before[name] ?? 0)) / Math.max(result.requests, 1)) * 100) / 100;
  return { ...result, cpuMsPerRequest: Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, per(name, pid)])) };
}
