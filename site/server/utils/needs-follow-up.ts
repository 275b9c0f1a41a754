import { z } from 'zod';
import type { SiteLocale } from '#shared/types/locale';
import { Checkbox } from './needs-contact';

/** A follow-up token as the CMS makes it (base64url HMAC); anything else is not looked up. */
export const FollowUpToken = z.string().trim().regex(/^[A-Za-z0-9_-]{20,200}$/);

/** The follow-up parts of the check form: the optional "e-mail me in N months" consent, or a follow-up's token. */
export const FollowUpFormSchema = z.object({
  followUp: Checkbox,
  followUpEmail: z.string().trim().max(200).default(''),
  followUpToken: FollowUpToken.optional(),
  // One checkbox ticked is a string, several a list (repeated field).
  effort: z.union([z.string(), z.array(z.string())]).optional().transform((v) => (v === undefined ? [] : [v].flat())).pipe(z.array(z.string().regex(/^[a-z0-9]{10,40}$/)).max(20)),
});
export type FollowUpForm = z.infer<typeof FollowUpFormSchema>;

const EffortsAnswer = z.object({ efforts: z.array(z.object({ documentId: z.string(), title: z.string() })) });
export type FollowUpInfo = { state: 'ok'; efforts: z.infer<typeof EffortsAnswer>['efforts'] } | { state: 'invalid' | 'used' | 'failed' };

/** Whether a follow-up link is still good, and the efforts of the first answer's municipality (CMS GET /api/needs/follow-up). */
export async function followUpInfo(token: string, locale: SiteLocale): Promise<FollowUpInfo> {
  const answer = await cmsRest('/api/needs/follow-up', { query: { token, locale } }).catch(() => ({ status: 0, body: null }));
  if (answer.status === 409) return { state: 'used' };
  if (answer.status === 404 || answer.status === 400) return { state: 'invalid' };
  const parsed = EffortsAnswer.safeParse(answer.body);
  if (answer.status !== 200 || !parsed.success) {
    console.error(`[site] follow-up lookup failed: CMS HTTP ${answer.status}`);
    return { state: 'failed' };
  }
  return { state: 'ok', efforts: parsed.data.efforts };
}

/** What the CMS's submission takes besides the answers: the follow-up address, or the follow-up token and efforts. */
export function followUpFields(form: FollowUpForm): Record<string, unknown> {
  if (form.followUpToken) return { followUpToken: form.followUpToken, ...(form.effort.length > 0 ? { efforts: form.effort } : {}) };
  return form.followUp ? { followUpEmail: form.followUpEmail } : {};
}
