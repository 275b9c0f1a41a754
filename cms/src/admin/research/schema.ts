import { z } from 'zod';

const problem = z.object({ code: z.string(), sv: z.string(), en: z.string() });

/** POST /kn-research/import (200, or the details of a 400 "nothing imported"). */
export const ImportReportSchema = z.object({
  parsed: z.number(),
  created: z.array(z.object({ position: z.number(), documentId: z.string(), title: z.string() })),
  rejected: z.array(z.object({ position: z.number(), label: z.string(), problems: z.array(problem) })),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

/** GET /kn-research/review-due */
export const ReviewListSchema = z.object({
  today: z.string(),
  items: z.array(z.object({ documentId: z.string(), title: z.string(), lastReviewed: z.string().nullable(), dueOn: z.string().nullable() })),
});
export type ReviewList = z.infer<typeof ReviewListSchema>;
