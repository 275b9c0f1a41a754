import { adminToken, contentManager, request } from './api';
import { unique } from './fixtures';
import { siteCall } from './needs';

export const CONTACT = 'api::needs-contact.needs-contact';
export const EFFORT = 'api::effort.effort';

/** A published municipality's documentId by slug (public REST). */
export async function municipalityId(slug: string): Promise<string> {
  const res = await request('GET', `/api/municipalities?locale=sv&filters[slug][$eq]=${slug}`);
  return res.body.data[0].documentId;
}

/** Creates and publishes an effort (sv and en) for the given municipalities, as the super admin. */
export async function publishedEffort(municipalities: string[]): Promise<{ documentId: string; slug: string; title: string }> {
  const cm = contentManager(await adminToken('strapi-super-admin'));
  const slug = unique('test-insats');
  const ids = await Promise.all(municipalities.map(municipalityId));
  const data = (locale: string, title: string) => ({
    title,
    slug,
    pitch: locale === 'sv' ? 'En insats för test.' : 'An effort for tests.',
    needDimensions: ['tools'],
    effortStatus: 'open',
    startsOn: '2027-01-10',
    endsOn: '2027-03-10',
    municipalities: { connect: ids.map((documentId) => ({ documentId, locale })) },
  });
  const title = `Testinsats ${slug}`;
  const created = await cm.create(EFFORT, data('sv', title));
  if (created.status !== 201 && created.status !== 200) throw new Error(`create effort: ${created.status} ${JSON.stringify(created.body)}`);
  const { documentId } = created.body.data;
  const en = await cm.update(EFFORT, documentId, data('en', `Test effort ${slug}`), 'en');
  if (en.status !== 200) throw new Error(`en effort: ${en.status} ${JSON.stringify(en.body)}`);
  for (const locale of ['sv', 'en']) {
    const published = await cm.publish(EFFORT, documentId, locale);
    if (published.status !== 200 && published.status !== 201) throw new Error(`publish effort: ${published.status} ${JSON.stringify(published.body)}`);
  }
  return { documentId, slug, title };
}

/** A contact request as the site sends it; returns the owner's name (unique) and e-mail. */
export async function contactRequest(municipality: string, options: { email?: string | null; locale?: 'sv' | 'en' } = {}) {
  const name = unique('Inkorg Person');
  const email = options.email === null ? undefined : (options.email ?? `${unique('inkorg')}@firma.example`);
  const res = await siteCall('POST', '/api/needs/contacts', {
    locale: options.locale ?? 'sv',
    name,
    municipality,
    ...(email ? { email } : { phone: '070-123 45 67' }),
    consentText: 'Jag vill att mitt lärcentrum kontaktar mig.',
  });
  if (res.status !== 201) throw new Error(`contact: ${res.status} ${JSON.stringify(res.body)}`);
  return { name, email: email ?? null };
}

/** POST /kn-inbox/invite as an admin role. */
export async function invite(role: 'strapi-super-admin' | 'kn-coordinator' | 'kn-researcher', body: unknown) {
  return request('POST', '/kn-inbox/invite', { token: await adminToken(role), body });
}

