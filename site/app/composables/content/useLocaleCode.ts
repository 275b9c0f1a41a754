import { isSiteLocale, type SiteLocale } from '#shared/types/locale';

/** The page's language as a SiteLocale (i18n types it as a plain string). */
export function useLocaleCode() {
  const { locale } = useI18n();
  return computed<SiteLocale>(() => (isSiteLocale(locale.value) ? locale.value : 'sv'));
}
