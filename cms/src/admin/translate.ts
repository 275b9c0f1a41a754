import type { IntlShape } from 'react-intl';

export type MessageValues = Record<string, string | number>;

/** A page's `t(id, values)`: its react-intl messages in the admin's language, English (the table given) as default. */
export function translator<Key extends string>(intl: IntlShape, en: Record<Key, string>) {
  return (id: Key, values?: MessageValues) => intl.formatMessage({ id, defaultMessage: en[id] }, values);
}
