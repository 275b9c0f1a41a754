import type { SiteLocale } from '#shared/types/locale';
/** "3 mars 2026" / "3 March 2026" from epoch seconds, in Swedish time whatever the server's zone. */
export function formatCheckDate(at: number, locale: SiteLocale): string {
  return new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Stockholm' }).format(at * 1000);
}

/** "+15", "−5" (a real minus sign, read as "minus"), "0". */
export function formatDelta(delta: number): string {
  if (delta > 0) return `+${delta}`;
  return delta < 0 ? `−${Math.abs(delta)}` : '0';
}

interface Question {
  key: string;
  kind: 'maturity' | 'context';
  dimension: string | null;
}

/** The check's questions in parts: one per dimension, plus one for the context questions, in order of appearance. */
export function groupQuestions<Q extends Question>(questions: Q[]): Array<{ key: string; questions: Q[] }> {
  const groups: Array<{ key: string; questions: Q[] }> = [];
  for (const question of questions) {
    const key = question.kind === 'context' ? 'context' : (question.dimension ?? 'context');
    const group = groups.find((g) => g.key === key);
    if (group) group.questions.push(question);
    else groups.push({ key, questions: [question] });
  }
  return groups;
}
