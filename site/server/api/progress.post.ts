import { z } from 'zod';
import { markDone, markUndone } from '#shared/progress/model';
import { DocumentIdSchema } from '../graphql/common';

const FormSchema = z.object({
  // A learning path, or a plan assembled by the needs check.
  path: ProgressKeySchema,
  item: DocumentIdSchema,
  action: z.enum(['done', 'undo']).default('done'),
  // Only a path on this site: never an absolute or protocol-relative URL (no open redirect).
  back: z.string().regex(/^\/(?![/\\])[^\s]*$/).max(500).default('/'),
});

/**
 * POST /api/progress — the "mark as done" form. Works as a plain HTML form without JavaScript: updates the progress
 * cookie and answers 303 back to the page it came from, which then renders the new state.
 */
export default defineEventHandler(async (event) => {
  // The size cap first: an oversize post is a 413 whoever sends it.
  const body = await readFormBody(event);
  assertSameOrigin(event);
  const parsed = FormSchema.safeParse(body);
  if (!parsed.success) throw invalidForm(parsed.error);
  const { path, item, action, back } = parsed.data;
  const store = cookieProgressStore(event);
  const now = Math.floor(Date.now() / 1000);
  const current = store.load();
  await store.save(action === 'done' ? markDone(current, path, item, now) : markUndone(current, path, item, now));
  return sendRedirect(event, back, 303);
});
