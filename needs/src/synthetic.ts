import { MUNICIPALITIES } from './municipalities.ts';
import { seededRandom } from './random.ts';
import type { Answers, CheckDefinition, CheckQuestion } from './types.ts';

/** Fixed so that the same call gives the same responses on every machine and every day. */
export const SYNTHETIC_UNTIL = new Date('2026-11-01T00:00:00Z');
const DAY_MS = 24 * 3600 * 1000;

/**
 * Municipality weights: the larger towns answer more often, some small municipalities get only a few responses,
 * so demos show groups withheld by k-anonymity too.
 */
const MUNICIPALITY_WEIGHT: Record<string, number> = { lulea: 8, umea: 10, skelleftea: 6, pitea: 4, boden: 3, kiruna: 3, gallivare: 2, lycksele: 2, overkalix: 2, arjeplog: 2 };

function pick<T>(items: readonly T[], weight: (item: T) => number, r: number): T {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  let target = r * total;
  for (const item of items) {
    target -= weight(item);
    if (target < 0) return item;
  }
  return items.at(-1)!;
}

function answerFor(question: CheckQuestion, maturity: number, rand: () => number, municipality: string): string | undefined {
  if (question.kind === 'context') {
    if (question.context === 'municipality') return question.options.find((o) => o.value === municipality)?.key;
    return question.options[Math.floor(rand() * question.options.length)]?.key;
  }
  // A firm's answers follow its overall maturity, with some noise per question.
  const byScore = [...question.options].sort((a, b) => (a.score ?? 0) - (b.score ?? 0));
  const position = Math.min(0.999, Math.max(0, maturity + (rand() - 0.5) * 0.5));
  return byScore[Math.floor(position * byScore.length)]?.key;
}

/**
 * Deterministic synthetic answers for demos and tests: `count` firms spread over all municipalities (weighted) and
 * the 365 days before `until`. Whoever stores them must mark them synthetic: they never enter real statistics.
 */
export function syntheticAnswers(check: CheckDefinition, count: number, options: { seed?: number; until?: Date } = {}): Array<{ answers: Answers; submittedAt: string }> {
  const rand = seededRandom(options.seed ?? 1);
  const until = (options.until ?? SYNTHETIC_UNTIL).getTime();
  const questions = [...check.questions].sort((a, b) => a.order - b.order);
  return Array.from({ length: count }, () => {
    const municipality = pick(MUNICIPALITIES, (m) => MUNICIPALITY_WEIGHT[m.slug] ?? 1, rand()).slug;
    const maturity = rand();
    const answers: Answers = Object.fromEntries(
      questions.flatMap((question) => {
        const key = answerFor(question, maturity, rand, municipality);
        return key === undefined ? [] : [[question.key, key]];
      }),
    );
    const daysAgo = 1 + Math.floor(rand() * 365);
    const submittedAt = new Date(until - daysAgo * DAY_MS + 12 * 3600 * 1000).toISOString();
    return { answers, submittedAt };
  });
}
