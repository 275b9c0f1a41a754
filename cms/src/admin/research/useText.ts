import { useIntl } from 'react-intl';
import { translator } from '../translate';
import { en, type ResearchKey } from './translations';

/** The page's texts in the admin's language, and whether that language is Swedish (for the API's two messages). */
export function useText() {
  const intl = useIntl();
  return {
    t: translator<ResearchKey>(intl, en),
    swedish: intl.locale.startsWith('sv'),
    date: (iso: string) => intl.formatDate(`${iso}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' }),
  };
}

export type Text = ReturnType<typeof useText>;
