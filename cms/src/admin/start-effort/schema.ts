import { z } from 'zod';

/** The effort API's answers (cms/src/efforts), checked before the page uses them. */
export const SelectionSchema = z.object({ consentedContacts: z.number().int().nonnegative() });
export const StartedSchema = z.object({ documentId: z.string(), editPath: z.string().startsWith('/content-manager/') });

export interface EffortSelection {
  dimension: string;
  /** '' = any. */
  municipality: string;
  industry: string;
}

/** The query string of a selection, without the empty parts (as the API reads it). */
export const selectionQuery = (s: EffortSelection) => new URLSearchParams(Object.entries(s).filter(([, value]) => value !== '')).toString();
export const selectionPath = (s: EffortSelection) => `/kn-efforts/selection?${selectionQuery(s)}`;
