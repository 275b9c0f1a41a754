import type { Level } from '@kunskapsnavet/search/vocabulary';
import { BAND_LIMITS } from './score.ts';
import { DIMENSIONS, type Answers, type CheckDefinition, type Dimension, type DimensionScore, type Goal, type Need } from './types.ts';
import { chosenOption, contextOf } from './validate.ts';

/** A dimension scoring at or above this is not a need, however the others score. */
export const NEED_BELOW = 80;

/** The dimensions that serve what the owner wants most: they win ties and get a small lift. */
export const GOAL_DIMENSIONS: Record<Goal, readonly Dimension[]> = {
  new_customers: ['strategy'],
  sell_online: ['strategy', 'tools'],
  save_admin_time: ['automation_ai', 'tools'],
  find_skills: ['skills'],
  collaborate: ['tools', 'skills'],
};

/** Points a goal's dimensions are moved up the list by (a 60 with that goal ranks like a 55). */
const GOAL_LIFT = 5;

function levelFor(score: number): Level {
  if (score < BAND_LIMITS.starting) return 'beginner';
  if (score < BAND_LIMITS.developing) return 'intermediate';
  return 'advanced';
}

/**
 * The biggest needs (lowest scores first, the owner's goal as a small lift and tie-break, then DIMENSIONS order),
 * each with the answer that caused it most ("because you said …"), the topics its answers signal and the level of
 * content that fits.
 */
export function topNeeds(check: CheckDefinition, answers: Answers, scores: DimensionScore[], count = 3): Need[] {
  const goal = contextOf(check, answers).goal;
  const lifted = new Set(goal ? GOAL_DIMENSIONS[goal] : []);
  const rank = (s: DimensionScore) => (s.score ?? 100) - (lifted.has(s.dimension) ? GOAL_LIFT : 0);
  const goalTopics = goalOption(check, answers)?.topics ?? [];
  return scores
    .filter((s): s is DimensionScore & { score: number } => s.score !== null && s.score < NEED_BELOW)
    .sort((a, b) => rank(a) - rank(b) || DIMENSIONS.indexOf(a.dimension) - DIMENSIONS.indexOf(b.dimension))
    .slice(0, count)
    .map((s) => needOf(check, answers, s.dimension, s.score, lifted.has(s.dimension) ? goalTopics : []));
}

function goalOption(check: CheckDefinition, answers: Answers) {
  const question = check.questions.find((q) => q.kind === 'context' && q.context === 'goal');
  return question ? chosenOption(question, answers) : undefined;
}

function needOf(check: CheckDefinition, answers: Answers, dimension: Dimension, score: number, goalTopics: string[]): Need {
  // The dimension's answers from weakest to strongest (question order breaks ties): the weakest is "because".
  const chosen = check.questions
    .filter((q) => q.kind === 'maturity' && q.dimension === dimension)
    .map((question) => ({ question, option: chosenOption(question, answers) }))
    .filter((c): c is { question: (typeof c)['question']; option: NonNullable<(typeof c)['option']> } => c.option !== undefined)
    .sort((a, b) => (a.option.score ?? 100) - (b.option.score ?? 100) || a.question.order - b.question.order);
  const weakest = chosen[0];
  if (!weakest) throw new Error(`dimension ${dimension} has a score but no answer`);
  const topics = [...new Set([...chosen.flatMap((c) => c.option.topics), ...goalTopics])];
  return {
    dimension,
    score,
    because: { questionKey: weakest.question.key, optionKey: weakest.option.key },
    topics,
    level: weakest.option.level ?? levelFor(score),
  };
}
