import { adminToken, contentManager, request } from './api';
import { connect, unique } from './fixtures';

export const OCCASION = 'api::occasion.occasion';
export const SIGNUP = 'api::occasion-signup.occasion-signup';
const HOUR = 3_600_000;

/** A published learning centre's documentId by slug (public REST). */
export async function centreId(slug: string): Promise<string> {
  const res = await request('GET', `/api/learning-centres?locale=sv&filters[slug][$eq]=${slug}`);
  return res.body.data[0].documentId;
}

export interface OccasionInput {
  startsAt?: Date;
  hours?: number;
  deadline?: Date;
  seats?: number;
  centre?: string | null;
  format?: 'on_site' | 'online' | 'hybrid';
  onlineUrl?: string;
}

export function occasionData(input: OccasionInput = {}, slug = unique('test-tillfalle')) {
  const startsAt = input.startsAt ?? new Date(Date.now() + 5 * 24 * HOUR);
  return {
    title: `Testtillfälle ${slug}`,
    slug,
    description: 'Ett tillfälle för test.',
    priceText: 'Kostnadsfritt',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + (input.hours ?? 2) * HOUR).toISOString(),
    signupDeadline: (input.deadline ?? new Date(startsAt.getTime() - HOUR)).toISOString(),
    seats: input.seats ?? 10,
    format: input.format ?? 'on_site',
    teachingLanguage: 'sv',
    occasionStatus: 'scheduled',
    ...(input.onlineUrl ? { onlineUrl: input.onlineUrl } : {}),
    ...(input.centre ? { learningCentre: connect(input.centre) } : {}),
  };
}

/** Creates and publishes an occasion (sv and en) as the super admin; returns its documentId and slug. */
export async function publishedOccasion(input: OccasionInput = {}): Promise<{ documentId: string; slug: string }> {
  const cm = contentManager(await adminToken('strapi-super-admin'));
  const data = occasionData(input);
  const created = await cm.create(OCCASION, data);
  if (created.status !== 201 && created.status !== 200) throw new Error(`create occasion: ${created.status} ${JSON.stringify(created.body)}`);
  const { documentId } = created.body.data;
  const en = await cm.update(OCCASION, documentId, { ...data, title: `Test occasion ${data.slug}`, ...(input.centre ? { learningCentre: connect(input.centre, 'en') } : {}) }, 'en');
  if (en.status !== 200) throw new Error(`en occasion: ${en.status} ${JSON.stringify(en.body)}`);
  for (const locale of ['sv', 'en']) {
    const published = await cm.publish(OCCASION, documentId, locale);
    if (published.status !== 200 && published.status !== 201) throw new Error(`publish occasion: ${published.status} ${JSON.stringify(published.body)}`);
  }
  return { documentId, slug: data.slug };
}

export const person = (n: number | string, overrides: Record<string, unknown> = {}) => ({
  name: `Testa Person ${n}`,
  email: `person-${n}@firma.example`,
  municipality: 'overkalix',
  locale: 'sv',
  consent: true,
  ...overrides,
});
