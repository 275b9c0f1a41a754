import { LOCALES } from '../src/vocabulary.ts';
import { TARGETS, type EvalReport } from './evaluate.ts';
import type { Scores } from './measure.ts';
import { KINDS } from './relevance-set.ts';
import { naturalMisses, naturalTable, strategyTable } from './report-natural.ts';
import type { CaseResult } from './scores.ts';
import { COPIES } from './timing.ts';

const pad = (text: string, width: number) => text.padEnd(width);
const num = (value: number, digits = 2) => value.toFixed(digits);
const mark = (ok: boolean) => (ok ? 'ok' : 'MISSED');
const rank = (value: number | null) => (value === null ? '-' : String(value));
const cell = (s: Scores) => `${num(s.recall)} / ${num(s.mrr)}`;

function relevanceTable(report: EvalReport): string[] {
  const lines = [`${pad('recall@10 / MRR@10', 40)}${pad('baseline', 16)}morphology`];
  for (const locale of LOCALES) {
    const base = report.relevance.baseline[locale];
    const morph = report.relevance.morphology[locale];
    lines.push(`${pad(`${locale} (${base.queries} queries)`, 40)}${pad(cell(base), 16)}${cell(morph)}`);
    for (const kind of KINDS) {
      const before = report.byKind.baseline[locale][kind];
      const after = report.byKind.morphology[locale][kind];
      if (before && after) lines.push(`${pad(`  ${kind} (${after.queries})`, 40)}${pad(cell(before), 16)}${cell(after)}`);
    }
  }
  return lines;
}

function costTable(report: EvalReport): string[] {
  const { indexingMs, mappingMs, firstMappingMs, ratio, queryP50Ms, engineP50Ms } = report.timing;
  // --quick skips the indexing rounds (timing.ts skippedTiming: NaN), which the table says instead of printing NaN.
  const ms = (value: number, digits = 0) => (Number.isNaN(value) ? 'skipped' : `${num(value, digits)} ms`);
  const row = (label: string, base: string, morph: string) => `${pad(label, 40)}${pad(base, 16)}${morph}`;
  return [
    row(`costs (seed content x${COPIES})`, 'baseline', 'morphology'),
    row('  indexing, Meilisearch (min)', ms(indexingMs.baseline.min), `${ms(indexingMs.morphology.min)}   (median ${ms(indexingMs.baseline.median)} -> ${ms(indexingMs.morphology.median)})`),
    row('  mapping, toSearchDocument', ms(mappingMs.baseline), `${ms(mappingMs.morphology)}   (first call of a process: ${ms(firstMappingMs)}, x1)`),
    row('  indexing time, mapping + Meilisearch', '1.00x', `${num(ratio)}x   (target <= ${TARGETS.indexingRatio}x: ${mark(report.targets.indexing)})`),
    row('query p50, search() round trip', ms(queryP50Ms.baseline, 1), ms(queryP50Ms.morphology, 1)),
    row('query p50, Meilisearch', ms(engineP50Ms.baseline, 1), ms(engineP50Ms.morphology, 1)),
  ];
}

function changedLines(cases: readonly CaseResult[]): string[] {
  const changed = cases.filter((c) => c.rank.baseline !== c.rank.morphology);
  if (changed.length === 0) return ['  (none)'];
  return changed.map((c) => {
    const lost = c.rank.baseline !== null && c.rank.morphology === null ? '  LOST' : '';
    return `  ${c.locale}  ${pad(`"${c.q}"`, 34)}${pad(c.kind, 11)}${pad(c.expect, 36)}${rank(c.rank.baseline).padStart(2)} -> ${rank(c.rank.morphology)}${lost}`;
  });
}

function judgeLines(report: EvalReport): string[] {
  return report.judge.flatMap((j) => [
    `  ${j.locale}  "${j.q}"${j.top3.morphology.join('|') === j.top3.baseline.join('|') ? '  (same as baseline)' : ''}`,
    ...j.top3.morphology.map((title, i) => `        ${i + 1}. ${title}`),
  ]);
}

export function printReport(report: EvalReport): void {
  const { targets } = report;
  const missed = report.cases.filter((c) => c.rank.morphology === null);
  console.log([
    `Kunskapsnavet search eval: Meilisearch ${report.meilisearch}, ${report.documents.sv} sv + ${report.documents.en} en documents from cms/seed`,
    '',
    ...relevanceTable(report),
    '',
    ...costTable(report),
    '',
    `targets: sv recall >= ${TARGETS.recall} ${mark(targets.svRecall)}, en recall >= ${TARGETS.recall} ${mark(targets.enRecall)}, no lost hit ${mark(targets.noLostHit)}, keyword set no worse than before issue 18 ${mark(targets.keywordFloor)}`,
    '',
    ...naturalTable(report),
    '',
    ...strategyTable(report),
    '',
    'queries whose rank changed (baseline -> morphology; - = not in top 10):',
    ...changedLines(report.cases),
    '',
    'not in the top 10 with morphology:',
    ...(missed.length ? missed.map((c) => `  ${c.locale}  "${c.q}" -> ${c.expect}`) : ['  (none)']),
    '',
    'top 3 with morphology, for a person to judge:',
    ...judgeLines(report),
    '',
    'natural questions (tuning part) whose judged item is not first:',
    ...naturalMisses(report),
  ].join('\n'));
}
