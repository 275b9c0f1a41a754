import { useIntl } from 'react-intl';
import { en, type ResearchKey } from './translations';

/** The page's texts in the admin's language, and whether that language is Swedish (for the API's two messages). */
export function useText() {
  const intl = useIntl();
  return {
    t: (id: ResearchKey, values?: Record<string, string | number>) => intl.formatMessage({ id, defaultMessage: en[id] }, values),
    swedish: intl.locale.startsWith('sv'),
    date: (iso: string) => intl.formatDate(`${iso}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' }),
  };
}

export type Text = ReturnType<typeof useText>;
