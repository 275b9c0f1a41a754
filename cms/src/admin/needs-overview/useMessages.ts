import { useIntl } from 'react-intl';
import { MUNICIPALITIES, type Dimension, type GroupBy } from './vocabulary';
import { translator } from '../translate';
import { en, type MessageKey } from './translations';

const isKey = (id: string): id is MessageKey => id in en;

/** The overview's texts and vocabulary labels in the admin's current language. */
export function useMessages() {
  const intl = useIntl();
  const t = translator<MessageKey>(intl, en);
  // A value the page has no label for (a vocabulary grown on the server) is shown as it is.
  const label = (id: string, fallback: string) => (isKey(id) ? t(id) : fallback);
  const industry = (key: string) => label(`kn-needs.industry.${key}`, key);
  const size = (key: string) => label(`kn-needs.size.${key}`, key);
  const municipality = (slug: string) => MUNICIPALITIES.find((m) => m.slug === slug)?.name ?? slug;
  const month = (key: string) => (/^\d{4}-\d{2}$/.test(key) ? intl.formatDate(`${key}-01T00:00:00Z`, { year: 'numeric', month: 'long', timeZone: 'UTC' }) : key);
  // Periods group by calendar quarter ("2026-Q2"); a month key from an older server is still named.
  const period = (key: string) => {
    const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
    return quarter ? t('kn-needs.quarter', { quarter: quarter[2], year: quarter[1] }) : month(key);
  };
  const groupLabel: Record<GroupBy, (key: string) => string> = { all: () => t('kn-needs.group.all'), municipality, industry, size, period };
  return {
    t,
    industry,
    size,
    dimension: (d: Dimension) => t(`kn-needs.dimension.${d}`),
    /** A group key as a coordinator reads it: municipality names, industry and size labels, quarters by name. */
    group: (groupBy: GroupBy, key: string) => (key === 'unknown' ? t('kn-needs.group.unknown') : groupLabel[groupBy](key)),
    percent: (share: number) => intl.formatNumber(share, { style: 'percent', maximumFractionDigits: 0 }),
    number: (value: number) => intl.formatNumber(value),
    date: (iso: string) => intl.formatDate(iso, { dateStyle: 'medium' }),
  };
}

export type Messages = ReturnType<typeof useMessages>;
