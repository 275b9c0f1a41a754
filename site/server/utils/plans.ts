import type { H3Event } from 'h3';
import { z } from 'zod';
import type { CandidateItem, Catalogue } from '@kunskapsnavet/needs';
import { findPlan, type StoredStep } from '#shared/needs/history';
import type { ItemRef } from '#shared/types/content';
import type { SiteLocale } from '#shared/types/locale';
import { DocumentIdSchema } from '../graphql/common';
import { pageUrl } from './urls';

/** The id the needs library gives an assembled plan (`plan-<base36 hash of its steps>`). */
export const PlanIdSchema = z.string().regex(/^plan-[a-z0-9]{1,40}$/);
/** What progress is kept under: a learning path's documentId or a plan id. */
export const ProgressKeySchema = z.union([DocumentIdSchema, PlanIdSchema]);
export const isPlanId = (id: string): boolean => PlanIdSchema.safeParse(id).success;

function toItemRef(item: CandidateItem): ItemRef {
  return { type: item.type, documentId: item.documentId, title: item.title, summary: null, url: item.url, minutes: item.minutes };
}

/**
 * An assembled plan as a followable path in one language: its steps resolved against the published catalogue (a
 * step whose item is gone or untranslated is left out, as on a path page), each with why it is there. Its page is
 * the needs-check result page.
 */
export function toPlanView(plan: { id: string; steps: StoredStep[] }, catalogue: Catalogue, locale: SiteLocale) {
  const items = new Map(catalogue.items.map((item) => [item.documentId, item]));
  const steps = plan.steps.flatMap((step) => {
    const item = items.get(step.item);
    return item ? [{ item: toItemRef(item), note: null, reason: { dimension: step.dimension, topic: step.topic } }] : [];
  });
  return {
    kind: 'plan' as const,
    documentId: plan.id,
    url: pageUrl('needs-check-result', locale),
    totalMinutes: steps.reduce((sum, s) => sum + (s.item.minutes ?? 0), 0),
    steps,
  };
}

export type PlanView = ReturnType<typeof toPlanView>;

/** A plan this browser's needs history knows, resolved in one language; null for a plan id it does not know. */
export async function loadPlan(event: H3Event, locale: SiteLocale, planId: string): Promise<PlanView | null> {
  const plan = findPlan(cookieNeedsStore(event).load(), planId);
  if (!plan) return null;
  const { catalogue } = await loadNeedsCatalogue(locale);
  return toPlanView(plan, catalogue, locale);
}
