import { describe, expect, it } from 'vitest';
import { stepTargetProblems, totalMinutes, type PathStep } from '../../src/middlewares/learning-path-rules';

const article = { documentId: 'a', readingMinutes: 6 };
const guide = { documentId: 'g', estimatedMinutes: 90 };
const module = { documentId: 'm', durationMinutes: 180 };

describe('stepTargetProblems', () => {
  it.each<[string, PathStep[], RegExp[]]>([
    ['one target each', [{ article }, { guide }, { module }], []],
    ['no target', [{ article }, {}], [/Step 2 has no target/]],
    ['two targets', [{ article, guide }], [/Step 1 points to 2 items/]],
    ['null relations count as none', [{ article: null, guide: null, module }], []],
  ])('%s', (_name, steps, expected) => {
    const problems = stepTargetProblems(steps);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((re, i) => expect(problems[i]).toMatch(re));
  });
});

describe('totalMinutes', () => {
  it.each<[string, PathStep[], number]>([
    ['sums each kind of step', [{ article }, { guide }, { module }], 276],
    ['an item without minutes adds nothing', [{ article: { documentId: 'x' } }, { guide }], 90],
    ['empty path', [], 0],
  ])('%s', (_name, steps, total) => expect(totalMinutes(steps)).toBe(total));
});
