import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';

/**
 * Every statistic in the demo content names its source with a deep link in the same sentence. A statistic is a
 * sentence with a number and "procent"/"percent"/"%". Worked examples on invented numbers are not claims about the
 * world; they are listed here one by one, with why, so a new figure cannot slip in unsourced.
 */
const WORKED_EXAMPLES: [RegExp, string][] = [
  [/5 procents? (bortfall|av 40|av dem)|5 per cent (churn|of 40|of them)/, 'pricing module: churn arithmetic on an invented subscriber count'],
  [/(Om|If) 5 (procent|per cent) (säger upp|cancel)/, 'subscription guide: "if 5 per cent cancel", a what-if'],
  [/3 procents? (konvertering|av läsarna)|3 per cent (conversion|of readers)/, 'free-content guide: the invented example firm and its arithmetic'],
  [/100 (procent|per cent) återvunnen|100 per cent recycled/, 'sustainability module: an example of a claim wording, not a claim'],
];

const STATISTIC = /\d[\d\s.,–-]*\s?(procent|per\s?cent|%)/i;
const SOURCE_LINK = /\]\(https:\/\/[^)\s]+\/[^)\s]+\)/;
const SEED = path.join(__dirname, '../../seed');

function yamlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? yamlFiles(full) : e.name.endsWith('.yaml') ? [full] : [];
  });
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Sentences, split where a sentence ends and the next begins; URLs hold no spaces, so their dots never split. */
const sentences = (text: string) => text.split(/(?<=[.!?:])\s+(?=[A-ZÅÄÖ"”(*[-])/);

const statistics = yamlFiles(SEED).flatMap((file) =>
  strings(parseYaml(fs.readFileSync(file, 'utf8')))
    .flatMap(sentences)
    .filter((s) => STATISTIC.test(s))
    .map((sentence) => ({ file: path.relative(SEED, file), sentence })),
);

describe('statistics in the seed', () => {
  it('finds the statistics it checks (the detector works)', () => {
    expect(statistics.length).toBeGreaterThanOrEqual(6);
    expect(statistics.some((s) => s.sentence.includes('40 procent mindre tid'))).toBe(true);
  });

  it.each(statistics.map((s) => [s.file, s.sentence] as const))('%s: "%s" names its source with a deep link', (_file, sentence) => {
    const example = WORKED_EXAMPLES.find(([pattern]) => pattern.test(sentence));
    if (example) return;
    expect(sentence).toMatch(SOURCE_LINK);
  });

  it('has no stale entry in the list of worked examples', () => {
    for (const [pattern, why] of WORKED_EXAMPLES) expect(statistics.some((s) => pattern.test(s.sentence)), why).toBe(true);
  });
});
