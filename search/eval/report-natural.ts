import { LOCALES } from '../src/vocabulary.ts';
import { TARGETS, type EvalReport } from './evaluate.ts';
import type { NaturalPart, NaturalScores } from './natural-scores.ts';

const pad = (text: string, width: number) => text.padEnd(width);
const num = (value: number) => value.toFixed(2);
const PARTS: readonly [NaturalPart, string][] = [['tuning', 'tuning (2/3)'], ['heldOut', 'held-out (1/3)'], ['all', 'all']];

function row(label: string, s: NaturalScores): string {
  return `${pad(label, 40)}${pad(num(s.top1), 10)}${pad(num(s.top3), 10)}${num(s.mrr)}`;
}

/** The natural-question table: top-1 / top-3 / MRR@10 per language, tuning part and held-out third apart. */
export function naturalTable(report: EvalReport): string[] {
  const lines = [`${pad('natural questions (live settings)', 40)}${pad('top-1', 10)}${pad('top-3', 10)}MRR@10`];
  for (const locale of LOCALES) {
    for (const [part, label] of PARTS) {
      const scores = report.natural[locale][part];
      lines.push(row(`${locale} ${label}, ${scores.queries} questions`, scores));
    }
  }
  const mark = report.targets.natural ? 'ok' : 'MISSED';
  lines.push(`targets on the tuning part: top-1 >= ${TARGETS.naturalTop1}, top-3 >= ${TARGETS.naturalTop3}: ${mark}`);
  return lines;
}

/**
 * The tuning questions whose judged item is not first, with the top 3 they got. Held-out questions
 * are never listed: what they get wrong must not steer the tuning.
 */
export function naturalMisses(report: EvalReport): string[] {
  const missed = report.naturalCases.filter((c) => !c.heldOut && c.rank !== 1);
  if (missed.length === 0) return ['  (none)'];
  return missed.map((c) => `  ${c.locale}  "${c.q}" (${c.kind}) rank ${c.rank ?? '-'}; want ${c.expect.join(' | ')}\n        got: ${c.top3.join(' | ')}`);
}

/** Top-1 / top-3 of each way of asking (strategies.ts), tuning part and held-out third. */
export function strategyTable(report: EvalReport): string[] {
  const lines = [`${pad('natural questions by way of asking', 40)}${pad('sv tuning', 14)}${pad('sv held-out', 14)}${pad('en tuning', 14)}en held-out   (top-1 / top-3)`];
  const cell = (s: NaturalScores) => pad(`${num(s.top1)} / ${num(s.top3)}`, 14);
  for (const { name, report: r } of report.strategies) {
    lines.push(`${pad(`  ${name}`, 40)}${cell(r.sv.tuning)}${cell(r.sv.heldOut)}${cell(r.en.tuning)}${cell(r.en.heldOut)}`);
  }
  return lines;
}
