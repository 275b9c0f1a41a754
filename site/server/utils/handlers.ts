import type { H3Event } from 'h3';
import type { SiteLocale } from '#shared/types/locale';
import { ItemParamsSchema } from '../graphql/common';
import { notFound } from './errors';
import { contentCache, readQuery } from './params';

/**
 * A cached GET handler for one published item by `?locale=&slug=`: validated params, 404 when the CMS has no such
 * item in that language, swr caching keyed by the validated parameters.
 */
export function defineItemHandler<V>(name: string, load: (locale: SiteLocale, filter: { slug: string }) => Promise<V | null>) {
  return defineCachedEventHandler(async (event: H3Event) => {
    const { locale, slug } = readQuery(event, ItemParamsSchema);
    const item = await load(locale, { slug });
    if (item === null) throw notFound(name);
    return item;
  }, contentCache(name, ItemParamsSchema));
}
