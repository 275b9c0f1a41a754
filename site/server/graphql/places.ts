import { z } from 'zod';
import type { SiteLocale } from '#shared/types/locale';
import { pageUrl } from '../utils/urls';
import { PlaceSchema, positionOf } from './occasions';

/** The municipalities (with their seats' positions) and the learning centres: few, read together, cached. */
export const PLACES_QUERY = /* GraphQL */ `
  query Places($locale: I18NLocaleCode!) {
    municipalities(locale: $locale, sort: "name:asc", pagination: { limit: 300 }) {
      slug name county seatLat seatLng population learningCentres { slug }
    }
    centres: learningCentres(locale: $locale, sort: "name:asc", pagination: { limit: 100 }) {
      slug name address contact description region municipalities { slug name seatLat seatLng county }
    }
  }
`;

export const PlacesResponseSchema = z.object({
  municipalities: z.array(PlaceSchema.extend({ population: z.number().int().nullish(), learningCentres: z.array(z.object({ slug: z.string() })).default([]) })),
  centres: z.array(z.object({
    slug: z.string(), name: z.string(), address: z.string().nullish(), contact: z.string().nullish(), description: z.string().nullish(),
    region: z.string(), municipalities: z.array(PlaceSchema).default([]),
  })),
});
type Raw = z.infer<typeof PlacesResponseSchema>;

/** A county key as the CMS stores it (`norrbotten`, `Vasterbotten`) → one spelling for both models. */
export function countyOf(value: string | null | undefined): 'norrbotten' | 'vasterbotten' | null {
  const key = value?.toLowerCase();
  return key === 'norrbotten' || key === 'vasterbotten' ? key : null;
}

export function toPlaces(raw: Raw, locale: SiteLocale) {
  const municipalities = raw.municipalities.map((m) => ({
    slug: m.slug, name: m.name, county: countyOf(m.county), population: m.population ?? null, position: positionOf(m),
    centreSlugs: m.learningCentres.map((c) => c.slug), url: pageUrl('municipalities-slug', locale, m.slug),
  }));
  const centres = raw.centres.map((c) => {
    const home = c.municipalities[0];
    return {
      slug: c.slug, name: c.name, address: c.address ?? null, contact: c.contact ?? null, description: c.description ?? null,
      county: countyOf(home?.county ?? c.region), place: home?.name ?? null, municipality: home?.slug ?? null, position: positionOf(home),
      serves: c.municipalities.map((m) => m.slug), url: pageUrl('centres-slug', locale, c.slug),
    };
  });
  return { municipalities, centres };
}
export type Places = ReturnType<typeof toPlaces>;
export type CentrePlace = Places['centres'][number];
export type MunicipalityPlace = Places['municipalities'][number];
