import fs from 'node:fs';

/**
 * User + system CPU time of a process in ms, from Linux's /proc (clock ticks are 100 Hz): what a benchmark divides by
 * its requests to say what each process spent on one, whatever else the machine was doing.
 */
export function processCpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
