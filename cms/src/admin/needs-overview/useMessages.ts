import { useIntl } from 'react-intl';
import { MUNICIPALITIES, type Dimension, type GroupBy } from './vocabulary';
import { en, type MessageKey } from './translations';

type Values = Record<string, string | number>;

/** The overview's texts and vocabulary labels in the admin's current language. */
export function useMessages() {
  const intl = useIntl();
  const t = (id: MessageKey, values?: Values) => intl.formatMessage({ id, defaultMessage: en[id] }, values);
  const known = (id: string): id is MessageKey => id in en;
  const label = (id: string, fallback: string) => (known(id) ? t(id) : fallback);
  return {
    t,
    dimension: (d: Dimension) => t(`kn-needs.dimension.${d}`),
    industry: (key: string) => label(`kn-needs.industry.${key}`, key),
    size: (key: string) => label(`kn-needs.size.${key}`, key),
    municipality: (slug: string) => MUNICIPALITIES.find((m) => m.slug === slug)?.name ?? slug,
    /** A group key as a coordinator reads it: municipality names, industry and size labels, months as they are. */
    group(groupBy: GroupBy | string, key: string): string {
      if (key === 'all' || key === 'unknown') return t(`kn-needs.group.${key}`);
      if (groupBy === 'municipality') return MUNICIPALITIES.find((m) => m.slug === key)?.name ?? key;
      if (groupBy === 'industry') return label(`kn-needs.industry.${key}`, key);
      if (groupBy === 'size') return label(`kn-needs.size.${key}`, key);
      return key;
    },
    percent: (share: number) => intl.formatNumber(share, { style: 'percent', maximumFractionDigits: 0 }),
    number: (value: number) => intl.formatNumber(value),
    date: (iso: string) => intl.formatDate(iso, { dateStyle: 'medium' }),
  };
}

export type Messages = ReturnType<typeof useMessages>;
