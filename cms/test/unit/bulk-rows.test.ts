import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ndjsonLines, parseLine } from '../../src/seed/bulk/rows';
import { syntheticLine } from '../../src/seed/synthetic';

describe('bulk import rows', () => {
  it('accepts a row of a known type with a Swedish slug and data', () => {
    const parsed = parseLine({ line: 3, text: JSON.stringify({ type: 'guide', slug: 'en-guide', sv: { title: 'x' } }) });
    expect(parsed).toMatchObject({ ok: true, line: 3, row: { type: 'guide', slug: 'en-guide' } });
  });

  it.each([
    ['{ not json', /not JSON/],
    [JSON.stringify({ type: 'topic', slug: 'x', sv: {} }), /type/],
    [JSON.stringify({ type: 'guide', slug: 'Not A Slug', sv: {} }), /slug/],
    [JSON.stringify({ type: 'guide', slug: 'ok' }), /sv/],
  ])('rejects %s with its line and a reason', (text, reason) => {
    const parsed = parseLine({ line: 7, text });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.line).toBe(7);
      expect(parsed.message).toMatch(reason);
    }
  });

  it('synthetic items are import rows (one path for synthetic and real archives), the same on every run', () => {
    for (const i of [0, 1, 2]) {
      const parsed = parseLine(syntheticLine(i));
      expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
      expect(syntheticLine(i)).toEqual(syntheticLine(i));
    }
  });

  it('reads NDJSON line by line, skipping blank lines but keeping the line numbers of the file', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kn-rows-')), 'a.ndjson');
    fs.writeFileSync(file, 'a\n\nb\r\nc');
    const lines = [];
    for await (const line of ndjsonLines(file)) lines.push(line);
    expect(lines).toEqual([{ line: 1, text: 'a' }, { line: 3, text: 'b' }, { line: 4, text: 'c' }]);
  });
});
