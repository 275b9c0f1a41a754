import { INDUSTRIES } from '@kunskapsnavet/search/vocabulary';
import { MUNICIPALITIES, OUTSIDE_REGION } from './municipalities.ts';
import { GOALS, SIZES, type ContextField } from './types.ts';

/** The values a context question's options may carry, per field. */
export const CONTEXT_VALUES: Record<ContextField, readonly string[]> = {
  industry: INDUSTRIES,
  size: SIZES,
  municipality: [...MUNICIPALITIES.map((m) => m.slug), OUTSIDE_REGION],
  goal: GOALS,
};

export function isContextValue(field: ContextField, value: unknown): boolean {
  return typeof value === 'string' && CONTEXT_VALUES[field].includes(value);
}
