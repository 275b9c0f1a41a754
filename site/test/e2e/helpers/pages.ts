import { api } from './browser.ts';

const KINDS = ['article', 'guide', 'module'] as const;

/**
 * Home, search, the needs check, one page of each detail type, a path, topic, author, learning centre, the
 * learning centres, a municipality, the occasions (list, one, its confirmation, the cancel page), the efforts (list,
 * one) and a 404.
 */
export async function pagesOf(locale: 'sv' | 'en'): Promise<string[]> {
  const prefix = locale === 'sv' ? '' : '/en';
  const details = await Promise.all(KINDS.map(async (kind) => (await api<{ url: string }[]>(`/api/section?locale=${locale}&kind=${kind}`))[0]?.url));
  const paths = await api<{ url: string }[]>(`/api/paths?locale=${locale}`);
  const home = await api<{ topics: { url: string }[] }>(`/api/home?locale=${locale}`);
  const article = details[0] ? await api<{ summarisers: { url: string }[] }>(`/api/article?locale=${locale}&slug=${details[0].split('/').pop()}`) : null;
  const occasions = await api<{ items: { url: string }[] }>(`/api/occasions?locale=${locale}`);
  const occasion = occasions.items[0]?.url ?? '';
  const module = await api<{ centres: { url: string }[] }>(`/api/module?locale=${locale}&slug=${locale === 'sv' ? 'workshop-starta-din-webbutik' : 'workshop-start-your-web-shop'}`);
  return [
    prefix || '/',
    `${prefix}${locale === 'sv' ? '/sok?q=webbutik' : '/search?q=web+shop'}`,
    `${prefix}${locale === 'sv' ? '/behovskoll' : '/needs-check'}`,
    ...details.filter((url): url is string => typeof url === 'string'),
    paths[0]?.url ?? '',
    home.topics[0]?.url ?? '',
    article?.summarisers[0]?.url ?? '',
    module.centres[0]?.url ?? '',
    `${prefix}${locale === 'sv' ? '/larcentrum' : '/learning-centres'}`,
    `${prefix}${locale === 'sv' ? '/kommun/overkalix' : '/municipalities/overkalix'}`,
    `${prefix}${locale === 'sv' ? '/tillfallen' : '/occasions'}`,
    `${prefix}${locale === 'sv' ? '/insatser' : '/efforts'}`,
    `${prefix}${locale === 'sv' ? '/insatser' : '/efforts'}/salj-pa-natet-tornedalen`,
    occasion,
    occasion ? `${occasion}${locale === 'sv' ? '/bekraftelse' : '/confirmation'}` : '',
    `${prefix}${locale === 'sv' ? '/tillfallen/avboka' : '/occasions/cancel'}?token=abcdefghijklmnopqrstuvwxyz`,
    `${prefix}/no-such-page`,
  ].filter(Boolean);
}
