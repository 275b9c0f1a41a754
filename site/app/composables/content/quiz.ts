/** The answer chosen for each question, by section id; from the form (no JS) or from the reader's clicks. */
export type QuizAnswers = Record<string, number>;

/**
 * Reads answers from a query string written by the no-JavaScript quiz form (`?answer-<id>=<option index>`).
 * Anything that is not a whole number within the options is ignored.
 */
export function answersFromQuery(query: Record<string, unknown>, optionCounts: Record<string, number>): QuizAnswers {
  const answers: QuizAnswers = {};
  for (const [id, count] of Object.entries(optionCounts)) {
    const raw = query[`answer-${id}`];
    const value = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (Number.isInteger(value) && value >= 0 && value < count) answers[id] = value;
  }
  return answers;
}

export type QuizOutcome = { state: 'unanswered' } | { state: 'correct' } | { state: 'wrong'; correctText: string | null };

export function quizOutcome(options: { text: string; correct: boolean }[], chosen: number | undefined): QuizOutcome {
  if (chosen === undefined) return { state: 'unanswered' };
  if (options[chosen]?.correct) return { state: 'correct' };
  return { state: 'wrong', correctText: options.find((o) => o.correct)?.text ?? null };
}
