import { bandOf, contextOf, findMunicipality, recommend, scoreAnswers, topNeeds, type Catalogue, type CheckDefinition, type Dimension } from '@kunskapsnavet/needs';
import { compareScores, type NeedsHistory, type StoredCheck } from '#shared/needs/history';
import type { CentreLink } from '../graphql/catalogue';

/**
 * The three biggest needs with "because you said: <question> — <your answer>" in the page's language, and the needs
 * no published content answers. Recomputed from the answers with the check and catalogue as they are now, so the
 * questions and answers always match the labels.
 */
export function needsOf(check: CheckDefinition | null, latest: StoredCheck, catalogue: Catalogue) {
  if (!check) return { needs: [], uncovered: [] };
  const needs = topNeeds(check, latest.answers, scoreAnswers(check, latest.answers));
  const uncovered: Dimension[] = recommend(needs, catalogue).uncovered;
  return { uncovered, needs: needs.map((need) => {
    const question = check.questions.find((q) => q.key === need.because.questionKey);
    const option = question?.options.find((o) => o.key === need.because.optionKey);
    return { dimension: need.dimension, score: need.score, question: question?.text ?? null, answer: option?.label ?? null };
  }) };
}

/** Score, band and change since the previous check, per dimension (dimensions without questions left out). */
export function dimensionsOf(history: NeedsHistory) {
  const [latest, previous] = history.checks;
  if (!latest) return [];
  return compareScores(latest, previous)
    .filter((c): c is typeof c & { score: number } => c.score !== null)
    .map((c) => ({ dimension: c.dimension, score: c.score, band: bandOf(c.score), delta: c.delta }));
}

/** The learning centre in the municipality the owner named, if the hub has one there. */
export function centreFor(check: CheckDefinition | null, latest: StoredCheck, centres: CentreLink[]) {
  const slug = check ? contextOf(check, latest.answers).municipality : null;
  if (!slug) return { municipality: null, municipalitySlug: null, centre: null };
  const found = findMunicipality(slug);
  // `outside` (another municipality) has no name and no local page.
  return { municipality: found?.name ?? null, municipalitySlug: found?.slug ?? null, centre: centres.find((c) => findMunicipality(c.municipality)?.slug === slug) ?? null };
}
