import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES } from '../lib/content-types';

/** The admin conditions' names as Strapi registers them (no plugin: `api::` prefix). */
export const CENTRE_CONDITIONS = {
  occasion: 'api::coordinates-occasion-centre',
  signup: 'api::coordinates-signup-centre',
} as const;

/** documentIds of the learning centres an admin user coordinates (the centre's private `coordinators` relation). */
export async function coordinatedCentres(strapi: Core.Strapi, userId: number): Promise<string[]> {
  const rows: { documentId: string }[] = await strapi.db.query(CONTENT_TYPES.learningCentre).findMany({
    where: { coordinators: { id: userId } },
    select: ['documentId'],
  });
  return [...new Set(rows.map((r) => r.documentId))];
}

/**
 * Coordinators see and edit only their own centres' occasions and sign-ups. The conditions are queries Strapi adds
 * to every admin read and checks on every write; a coordinator with no centre matches nothing (`$in: []`).
 */
export async function registerCentreConditions(strapi: Core.Strapi): Promise<void> {
  const conditions = strapi.service('admin::permission').conditionProvider;
  await conditions.register({
    displayName: "Occasion is at one of the user's learning centres",
    name: 'coordinates-occasion-centre',
    handler: async (user: { id: number }) => ({ 'learningCentre.documentId': { $in: await coordinatedCentres(strapi, user.id) } }),
  });
  await conditions.register({
    displayName: "Sign-up is for one of the user's learning centres",
    name: 'coordinates-signup-centre',
    handler: async (user: { id: number }) => ({ learningCentreDocumentId: { $in: await coordinatedCentres(strapi, user.id) } }),
  });
}
