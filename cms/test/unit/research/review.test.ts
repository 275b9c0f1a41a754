import { describe, expect, it } from 'vitest';
import { dueDate, dueForReview } from '../../../src/research/review';

describe('dueDate', () => {
  it.each([
    ['2026-12-02', 12, '2027-12-02'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-11-15', 3, '2026-02-15'],
  ])('%s + %i months = %s', (from, months, due) => expect(dueDate(from, months)).toBe(due));
});

describe('dueForReview', () => {
  const rows = [
    { documentId: 'fresh', title: 'Ny', lastReviewed: '2026-12-02', reviewIntervalMonths: 12 },
    { documentId: 'old', title: 'Moms', lastReviewed: '2025-06-01', reviewIntervalMonths: 12 },
    { documentId: 'soon', title: 'Ångerrätt', lastReviewed: '2025-12-20', reviewIntervalMonths: 12 },
    { documentId: 'never', title: 'Kvitton', lastReviewed: null, reviewIntervalMonths: 12 },
    { documentId: 'nointerval', title: 'Utan intervall', lastReviewed: '2025-01-01', reviewIntervalMonths: null },
  ];

  it('lists never-reviewed guides first, then the most overdue; not the fresh or the not-yet-due', () => {
    expect(dueForReview(rows, '2026-12-02').map((i) => [i.documentId, i.dueOn])).toEqual([
      ['never', null],
      ['nointerval', '2026-01-01'],
      ['old', '2026-06-01'],
    ]);
  });

  it('includes what falls due within the given days', () => {
    expect(dueForReview(rows, '2026-12-02', 30).map((i) => i.documentId)).toContain('soon');
  });
});
