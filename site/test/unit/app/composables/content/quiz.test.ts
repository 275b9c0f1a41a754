import { describe, expect, it } from 'vitest';
import { answersFromQuery, quizOutcome } from '~/composables/content/quiz';

const options = [
  { text: 'No', correct: false },
  { text: '14 days', correct: true },
  { text: '7 days', correct: false },
];

describe('answersFromQuery', () => {
  it.each([
    ['no answers', {}, {}],
    ['one valid answer', { 'answer-7': '1' }, { 7: 1 }],
    ['out of range', { 'answer-7': '3' }, {}],
    ['not a number', { 'answer-7': 'x' }, {}],
    ['a list is ignored', { 'answer-7': ['1', '2'] }, {}],
    ['unknown question ignored', { 'answer-99': '0' }, {}],
  ])('%s', (_, query, answers) => {
    expect(answersFromQuery(query, { 7: 3 })).toEqual(answers);
  });
});

describe('quizOutcome', () => {
  it.each([
    [undefined, { state: 'unanswered' }],
    [1, { state: 'correct' }],
    [0, { state: 'wrong', correctText: '14 days' }],
    [2, { state: 'wrong', correctText: '14 days' }],
  ])('answer %s', (chosen, outcome) => {
    expect(quizOutcome(options, chosen)).toEqual(outcome);
  });
});
