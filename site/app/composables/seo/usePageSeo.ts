import type { Link } from '@unhead/vue';
import { toValue, type MaybeRefOrGetter } from 'vue';
import { SITE_LOCALES } from '#shared/types/locale';
import type { Alternates } from './alternates';

export interface PageSeo {
  title: string;
  description?: string | null;
  /** The item's URL per language; omitted for pages that exist in both languages at the same route. */
  alternates?: Alternates | null;
  /** schema.org data for this page (Article, HowTo, Course, ItemList…). */
  jsonLd?: Record<string, unknown> | null;
  /** Keep out of search engines (preview, My learning). */
  noindex?: boolean;
}

/** JSON for a script element: `<` escaped so no text from the CMS can close the element. */
export function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify({ '@context': 'https://schema.org', ...data }).replace(/</g, '\\u003c');
}

const HREFLANG = { sv: 'sv-SE', en: 'en-GB' } as const;

/**
 * Title, description, canonical URL, hreflang alternates and JSON-LD of a page, from one description of it.
 * Absolute URLs use the public site URL from runtime config, never the request's Host header.
 */
export function usePageSeo(input: MaybeRefOrGetter<PageSeo>) {
  const { siteUrl } = useRuntimeConfig().public;
  const route = useRoute();
  const { locale } = useI18n();
  const switchLocalePath = useSwitchLocalePath();
  const absolute = (path: string) => new URL(path, siteUrl).href;

  const links = computed(() => {
    const seo = toValue(input);
    const byLocale = seo.alternates ?? { sv: switchLocalePath('sv') || null, en: switchLocalePath('en') || null };
    const own = byLocale[locale.value === 'en' ? 'en' : 'sv'] ?? route.path;
    const out: Link[] = [{ rel: 'canonical', href: absolute(own) }];
    for (const code of SITE_LOCALES) {
      const path = byLocale[code];
      if (path) out.push({ rel: 'alternate', hreflang: HREFLANG[code], href: absolute(path) });
    }
    if (byLocale.sv) out.push({ rel: 'alternate', hreflang: 'x-default', href: absolute(byLocale.sv) });
    return out;
  });

  useHead({
    title: () => toValue(input).title,
    link: () => links.value,
    meta: () => {
      const seo = toValue(input);
      return [
        { name: 'description', content: seo.description ?? '' },
        { property: 'og:title', content: seo.title },
        { property: 'og:description', content: seo.description ?? '' },
        { property: 'og:locale', content: HREFLANG[locale.value === 'en' ? 'en' : 'sv'].replace('-', '_') },
        ...(seo.noindex ? [{ name: 'robots', content: 'noindex' }] : []),
      ];
    },
    script: () => {
      const data = toValue(input).jsonLd;
      return data ? [{ type: 'application/ld+json', innerHTML: jsonLdText(data) }] : [];
    },
  });
}
