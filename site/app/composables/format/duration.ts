/** Minutes as whole hours and the minutes left over, e.g. 135 → { h: 2, m: 15 }. */
export function splitMinutes(total: number): { h: number; m: number } {
  const minutes = Math.max(0, Math.round(total));
  return { h: Math.floor(minutes / 60), m: minutes % 60 };
}

type Translate = (key: string, values: Record<string, number>) => string;

/** "45 min", "3 tim", "2 tim 15 min" in the page's language. */
export function formatMinutes(total: number, t: Translate): string {
  const { h, m } = splitMinutes(total);
  if (h === 0) return t('time.minutes', { n: m });
  return m === 0 ? t('time.hours', { h }) : t('time.hoursMinutes', { h, m });
}

/** A duration formatter bound to the current language. */
export function useDuration() {
  const { t } = useI18n();
  return (total: number | null | undefined) => (total == null ? '' : formatMinutes(total, t));
}
