/**
 * The municipalities of Norrbotten (14) and Västerbotten (15), where the hub's learning centres are. The slug is
 * what a submission and the statistics carry; the name is the same in Swedish and English.
 */
export interface Municipality {
  slug: string;
  name: string;
  region: 'Norrbotten' | 'Vasterbotten';
}

const NORRBOTTEN = ['Arjeplog', 'Arvidsjaur', 'Boden', 'Gällivare', 'Haparanda', 'Jokkmokk', 'Kalix', 'Kiruna', 'Luleå', 'Pajala', 'Piteå', 'Älvsbyn', 'Överkalix', 'Övertorneå'];
const VASTERBOTTEN = ['Bjurholm', 'Dorotea', 'Lycksele', 'Malå', 'Nordmaling', 'Norsjö', 'Robertsfors', 'Skellefteå', 'Sorsele', 'Storuman', 'Umeå', 'Vilhelmina', 'Vindeln', 'Vännäs', 'Åsele'];

/** 'Överkalix' → 'overkalix', 'Åsele' → 'asele': the same slugs as the learning centres' seed keys. */
export function municipalitySlug(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export const MUNICIPALITIES: readonly Municipality[] = [
  ...NORRBOTTEN.map((name) => ({ slug: municipalitySlug(name), name, region: 'Norrbotten' as const })),
  ...VASTERBOTTEN.map((name) => ({ slug: municipalitySlug(name), name, region: 'Vasterbotten' as const })),
];

/**
 * The needs check's answer "another municipality": an owner outside Norrbotten and Västerbotten. Only this value is
 * kept (never the name they might have typed), so statistics group them as "outside the region".
 */
export const OUTSIDE_REGION = 'outside';

export function findMunicipality(slugOrName: string): Municipality | undefined {
  const slug = municipalitySlug(slugOrName);
  return MUNICIPALITIES.find((m) => m.slug === slug);
}
