import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES, EFFORT_TYPES, LOCALE_CODES, NEEDS_TYPES, PLACE_TYPES, PRIVATE_TYPES, RESEARCH_CALL_ANSWER, RESEARCH_CALL_TYPES, SIGNUP_TYPES, type ContentTypeUid } from '../lib/content-types';
import { CENTRE_CONDITIONS } from '../occasions/rbac';
import { OWN_CALL_ANSWERS } from '../research-calls/rbac';
import { PARTNER_ROLE } from './partner-role';
import { INBOX_CONDITION } from '../inbox/rbac';

const CM = 'plugin::content-manager.explorer';
const MANAGE = ['create', 'read', 'update', 'delete', 'publish'] as const;
type CmAction = (typeof MANAGE)[number];

type Subject = ContentTypeUid | (typeof NEEDS_TYPES)[keyof typeof NEEDS_TYPES] | (typeof SIGNUP_TYPES)[keyof typeof SIGNUP_TYPES] | typeof RESEARCH_CALL_ANSWER;
/** Not localized: their permissions carry no locales. */
const UNLOCALIZED = new Set<string>(PRIVATE_TYPES);

export interface Grant {
  subject: Subject;
  actions: readonly CmAction[];
  conditions?: string[];
  /** Only these fields (default: all). */
  fields?: string[];
  /** All fields but these. */
  withoutFields?: string[];
}

/** The editorial roles of the hub. Super Admin is Strapi's own. */
export const ADMIN_ROLES: { code: string; name: string; description: string; grants: Grant[] }[] = [
  {
    code: 'kn-researcher',
    name: 'Researcher',
    description: 'Writes and publishes research articles and their own research calls (reading the answers to them), keeps their own author profile; reads everything else.',
    grants: [
      { subject: CONTENT_TYPES.researchArticle, actions: MANAGE },
      { subject: CONTENT_TYPES.author, actions: ['read'] },
      { subject: CONTENT_TYPES.author, actions: ['create', 'update', 'publish'], conditions: ['admin::is-creator'] },
      ...[CONTENT_TYPES.guide, CONTENT_TYPES.courseModule, CONTENT_TYPES.learningPath, CONTENT_TYPES.topic, CONTENT_TYPES.learningCentre].map(
        (subject): Grant => ({ subject, actions: ['read'] }),
      ),
      { subject: NEEDS_TYPES.check, actions: ['read'] },
      { subject: NEEDS_TYPES.question, actions: ['read'] },
      { subject: NEEDS_TYPES.searchMiss, actions: ['read'] },
      { subject: PLACE_TYPES.municipality, actions: ['read'] },
      { subject: PLACE_TYPES.occasion, actions: ['read'] },
      // Research calls (issue 13): every researcher reads them all (they are public), edits and publishes their own;
      // the answers, personal data, only to their own calls, and never the delete token's nonce or hash.
      { subject: RESEARCH_CALL_TYPES.call, actions: ['read'] },
      { subject: RESEARCH_CALL_TYPES.call, actions: ['create', 'update', 'delete', 'publish'], conditions: ['admin::is-creator'] },
      { subject: RESEARCH_CALL_ANSWER, actions: ['read'], conditions: [OWN_CALL_ANSWERS], withoutFields: ['deleteTokenHash', 'tokenNonce'] },
      { subject: RESEARCH_CALL_ANSWER, actions: ['delete'], conditions: [OWN_CALL_ANSWERS] },
      { subject: EFFORT_TYPES.effort, actions: ['read'] },
      { subject: EFFORT_TYPES.partner, actions: ['read'] },
    ],
  },
  {
    code: 'kn-coordinator',
    name: 'Coordinator',
    description: 'Builds learning paths, guides and course modules; manages topics, learning centres, the needs check, efforts and partners; reads articles; handles contact requests.',
    grants: [
      // Efforts and their partners are the coordinators' to plan and publish (issue 13).
      ...[CONTENT_TYPES.learningPath, CONTENT_TYPES.guide, CONTENT_TYPES.courseModule, CONTENT_TYPES.topic, PLACE_TYPES.municipality, EFFORT_TYPES.effort, EFFORT_TYPES.partner].map(
        (subject): Grant => ({ subject, actions: MANAGE }),
      ),
      // Who coordinates a centre is the Super Admin's decision: coordinators cannot add themselves to other centres.
      { subject: CONTENT_TYPES.learningCentre, actions: MANAGE, withoutFields: ['coordinators'] },
      // Their own centres' occasions (and the ones they created, e.g. online-only); sign-ups likewise, where they may
      // only mark attendance (the status) and delete.
      { subject: PLACE_TYPES.occasion, actions: MANAGE, conditions: [CENTRE_CONDITIONS.occasion, 'admin::is-creator'] },
      // The cancel token's nonce and hash stay out of sight: only the person signed up may cancel.
      { subject: SIGNUP_TYPES.signup, actions: ['read'], conditions: [CENTRE_CONDITIONS.signup], withoutFields: ['tokenNonce', 'cancelTokenHash'] },
      { subject: SIGNUP_TYPES.signup, actions: ['update'], conditions: [CENTRE_CONDITIONS.signup], fields: ['signupStatus'] },
      { subject: SIGNUP_TYPES.signup, actions: ['delete'], conditions: [CENTRE_CONDITIONS.signup] },
      { subject: SIGNUP_TYPES.tally, actions: ['read'] },
      { subject: CONTENT_TYPES.researchArticle, actions: ['read'] },
      { subject: CONTENT_TYPES.author, actions: ['read'] },
      { subject: RESEARCH_CALL_TYPES.call, actions: ['read'] },
      { subject: NEEDS_TYPES.check, actions: MANAGE },
      { subject: NEEDS_TYPES.question, actions: MANAGE },
      // Contact requests are the centres' inbox: their own municipalities' only; they move the status, assign and note,
      // never rewrite what the owner sent nor see the token hashes. Raw responses are never granted: coordinators see
      // them only through the k-anonymous overview.
      { subject: NEEDS_TYPES.contact, actions: ['read'], conditions: [INBOX_CONDITION], withoutFields: ['deleteTokenHash', 'unsubscribeNonce', 'unsubscribeTokenHash'] },
      { subject: NEEDS_TYPES.contact, actions: ['update'], conditions: [INBOX_CONDITION], fields: ['contactStatus', 'assignedTo', 'notes'] },
      { subject: NEEDS_TYPES.contact, actions: ['delete'], conditions: [INBOX_CONDITION] },
      { subject: NEEDS_TYPES.searchMiss, actions: ['read', 'delete'] },
    ],
  },
  PARTNER_ROLE,
];

/** Editors see and use every media file, but replace, edit or delete only those they uploaded (admin::is-creator). */
const MEDIA_PERMISSIONS = [
  ...['plugin::upload.read', 'plugin::upload.configure-view', 'plugin::upload.assets.create', 'plugin::upload.assets.download', 'plugin::upload.assets.copy-link'].map(
    (action) => ({ action, subject: null, properties: {}, conditions: [] as string[] }),
  ),
  // Strapi 5 has no separate delete action for media: assets.update covers replacing, editing and deleting.
  { action: 'plugin::upload.assets.update', subject: null, properties: {}, conditions: ['admin::is-creator'] },
];

function fieldsOf(grant: Grant, all: string[]): string[] {
  if (grant.fields) return all.filter((f) => grant.fields?.includes(f));
  return all.filter((f) => !grant.withoutFields?.includes(f));
}

function permissionsFor(strapi: Core.Strapi, grants: Grant[]) {
  const { actionProvider } = strapi.service('admin::permission');
  const contentTypeService = strapi.service('admin::content-type');
  const permissions = [];
  for (const grant of grants) {
    const actions = grant.actions.map((name) => actionProvider.get(`${CM}.${name}`));
    const withFields = contentTypeService
      .getPermissionsWithNestedFields(actions)
      .filter((p: { subject: string }) => p.subject === grant.subject);
    for (const permission of withFields) {
      const properties = UNLOCALIZED.has(grant.subject) ? { ...permission.properties } : { ...permission.properties, locales: LOCALE_CODES };
      if (Array.isArray(properties.fields)) properties.fields = fieldsOf(grant, properties.fields);
      if (permission.action === `${CM}.publish` || permission.action === `${CM}.delete`) delete properties.fields;
      permissions.push({ ...permission, properties, conditions: grant.conditions ?? [] });
    }
  }
  return [...permissions, ...MEDIA_PERMISSIONS];
}

/** Creates or re-aligns the Researcher and Coordinator roles on every start. */
export async function ensureAdminRoles(strapi: Core.Strapi): Promise<Record<string, number>> {
  const roleService = strapi.service('admin::role');
  await roleService.createRolesIfNoneExist();
  const ids: Record<string, number> = {};
  for (const role of ADMIN_ROLES) {
    let existing = await roleService.findOne({ code: role.code });
    if (!existing) existing = await roleService.create({ name: role.name, code: role.code, description: role.description });
    await roleService.assignPermissions(existing.id, permissionsFor(strapi, role.grants));
    ids[role.code] = existing.id;
  }
  return ids;
}
