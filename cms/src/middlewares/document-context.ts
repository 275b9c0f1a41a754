import type { Modules } from '@strapi/strapi';

/** The document-service middleware signature, named once for the hub's middlewares. */
export type DocumentMiddleware = Modules.Documents.Middleware.Middleware;
export type DocumentContext = Parameters<DocumentMiddleware>[0];
export type DocumentNext = Parameters<DocumentMiddleware>[1];

/** `locale` in document-service params may be one code, '*', an array, or absent (= default locale). */
export function localesOf(params: { locale?: unknown }, all: readonly string[], fallback: string): string[] {
  const { locale } = params;
  if (locale === '*') return [...all];
  if (Array.isArray(locale)) return locale.filter((l): l is string => typeof l === 'string');
  if (typeof locale === 'string') return [locale];
  return [fallback];
}
