import { describe, expect, it } from 'vitest';
import { knowledgeCheckProblems } from '../../src/middlewares/course-module-rules';

const check = (...correct: boolean[]) => ({ __component: 'sections.knowledge-check', question: 'Q?', options: correct.map((c, i) => ({ text: `o${i}`, correct: c })) });

describe('knowledgeCheckProblems', () => {
  it.each([
    ['exactly one correct', [check(false, true, false)], 0],
    ['none correct', [check(false, false)], 1],
    ['two correct', [check(true, true)], 1],
    ['other sections are ignored', [{ __component: 'sections.text' }, check(true, false)], 0],
  ])('%s', (_name, sections, count) => expect(knowledgeCheckProblems(sections)).toHaveLength(count));

  it('names the check and the count', () => {
    expect(knowledgeCheckProblems([check(true, true)])[0]).toMatch(/Knowledge check 1 \("Q\?"\) must have exactly one correct option, it has 2/);
  });
});
