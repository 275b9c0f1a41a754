import { useIntl } from 'react-intl';
import { translator } from '../translate';
import { en, type ImpactKey } from './translations';

/** The impact texts in the admin's language, with number and date formats. */
export function useText() {
  const intl = useIntl();
  return {
    t: translator<ImpactKey>(intl, en),
    number: (value: number) => intl.formatNumber(value, { maximumFractionDigits: 1 }),
    signed: (value: number) => intl.formatNumber(value, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }),
    date: (iso: string) => intl.formatDate(`${iso.slice(0, 10)}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' }),
  };
}

export type Text = ReturnType<typeof useText>;
