import type { Alternates } from '#shared/types/content';
import { otherLocale, type SiteLocale } from '#shared/types/locale';

export type { Alternates };

export { otherLocale };

/**
 * Where the language switch leads: the same item in the other language, else that language's section page with a
 * notice (`?untranslated=1`), else the home page.
 */
export function switchTarget(alternates: Alternates, target: SiteLocale, sectionPath: string | null, homePath: string): string {
  const same = alternates[target];
  if (same) return same;
  if (sectionPath) return `${sectionPath}?untranslated=1`;
  return homePath;
}
