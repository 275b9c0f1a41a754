import { describe, expect, it } from 'vitest';
import { progressBar } from '../../src/seed/progress';

/** A stand-in for stderr: what was written, and whether it claims to be a terminal. */
function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, write: (text: string) => writes.push(text) > 0 } as unknown as NodeJS.WriteStream };
}

describe('seed progress', () => {
  it('writes a plain line per tenth of a known total when stderr is not a terminal (logs stay readable)', () => {
    const { writes, stream: out } = stream(false);
    const bar = progressBar('synthetic', 100, out);
    for (let i = 0; i < 100; i += 1) bar.tick();
    bar.finish();
    expect(writes).toHaveLength(10);
    expect(writes.every((line) => line.endsWith('\n') && !line.includes('\r'))).toBe(true);
    expect(writes.at(-1)).toMatch(/synthetic\s+\[#{24}\] 100\/100/);
  });

  it('counts rows of an unknown total (an archive read as a stream) and ends with the count', () => {
    const { writes, stream: out } = stream(false);
    const bar = progressBar('import', 0, out);
    for (let i = 0; i < 2500; i += 1) bar.tick();
    bar.finish();
    expect(writes.map((line) => line.split(/\s+/)[1])).toEqual(['1000', '2000', '2500']);
  });

  it('redraws one line on a terminal and ends it with a newline', () => {
    const { writes, stream: out } = stream(true);
    const bar = progressBar('guides', 20, out);
    for (let i = 0; i < 20; i += 1) bar.tick();
    expect(writes.every((line) => line.startsWith('\r'))).toBe(true);
    expect(writes.at(-1)).toMatch(/20\/20 .*\n$/);
  });
});
