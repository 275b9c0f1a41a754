import type { Core } from '@strapi/strapi';
import { RESEARCH_CALL_TYPES } from '../lib/content-types';

/** The admin condition's name as Strapi registers it (no plugin: `api::` prefix). */
export const OWN_CALL_ANSWERS = 'api::answers-own-research-call';

/** documentIds of the calls an admin user created (any language, draft or published). */
export async function ownCalls(strapi: Core.Strapi, userId: number): Promise<string[]> {
  const rows: { documentId: string }[] = await strapi.db.query(RESEARCH_CALL_TYPES.call).findMany({ where: { createdBy: { id: userId } }, select: ['documentId'] });
  return [...new Set(rows.map((r) => r.documentId))];
}

/**
 * A researcher sees and deletes only the answers to calls they created. Strapi adds the condition's query to every
 * admin read and checks it on every write; a researcher with no call matches nothing (`$in: []`).
 */
export async function registerOwnCallCondition(strapi: Core.Strapi): Promise<void> {
  await strapi.service('admin::permission').conditionProvider.register({
    displayName: 'Answer is to a research call the user created',
    name: 'answers-own-research-call',
    handler: async (user: { id: number }) => ({ callDocumentId: { $in: await ownCalls(strapi, user.id) } }),
  });
}
