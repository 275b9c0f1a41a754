import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES } from '../lib/content-types';

/** The admin condition's name as Strapi registers it (no plugin: `api::` prefix). */
export const INBOX_CONDITION = 'api::coordinates-contact-municipality';

/**
 * Slugs of the municipalities served by the learning centres an admin user coordinates. A contact request stores
 * the owner's municipality as the needs check's slug, which is the municipality entry's slug.
 */
export async function coordinatedMunicipalities(strapi: Core.Strapi, userId: number): Promise<string[]> {
  const centres: { municipalities?: { slug: string }[] }[] = await strapi.db.query(CONTENT_TYPES.learningCentre).findMany({
    where: { coordinators: { id: userId } },
    populate: { municipalities: { select: ['slug'] } },
  });
  return [...new Set(centres.flatMap((c) => (c.municipalities ?? []).map((m) => m.slug)))];
}

/**
 * A coordinator's inbox holds the contact requests of their own centres' municipalities only: Strapi adds this
 * query to every admin read and checks it on every write; no centre → matches nothing (`$in: []`).
 */
export async function registerInboxCondition(strapi: Core.Strapi): Promise<void> {
  await strapi.service('admin::permission').conditionProvider.register({
    displayName: "Contact request is from a municipality of the user's learning centres",
    name: 'coordinates-contact-municipality',
    handler: async (user: { id: number }) => ({ municipality: { $in: await coordinatedMunicipalities(strapi, user.id) } }),
  });
}
