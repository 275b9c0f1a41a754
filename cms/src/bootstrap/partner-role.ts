import { CONTENT_TYPES, EFFORT_TYPES, PLACE_TYPES } from '../lib/content-types';
import type { Grant } from './admin-roles';

export const PARTNER_ROLE_CODE = 'kn-partner';

/**
 * A partner organisation's staff (e.g. a municipal business office): proposes efforts as drafts for a coordinator
 * to publish, and reads the overview and impact reports for its own municipalities through the /kn-needs and
 * /kn-impact APIs (cms/src/impact/scope.ts). No grant on contact requests, sign-ups, tallies or search misses:
 * nothing personal. Which municipalities are "its own" is the partner's private `members` relation, which only the
 * super admin edits (partners read partners without it).
 */
export const PARTNER_ROLE: { code: string; name: string; description: string; grants: Grant[] } = {
  code: PARTNER_ROLE_CODE,
  name: 'Partner',
  description: 'A partner organisation (e.g. a municipal business office): proposes efforts as drafts; reads the needs overview and impact reports for its own municipalities.',
  grants: [
    { subject: EFFORT_TYPES.effort, actions: ['read', 'create'] },
    { subject: EFFORT_TYPES.effort, actions: ['update'], conditions: ['admin::is-creator'] },
    { subject: EFFORT_TYPES.partner, actions: ['read'], withoutFields: ['members'] },
    // What an effort links to; the online meeting link of an occasion is for those signed up only.
    { subject: PLACE_TYPES.occasion, actions: ['read'], withoutFields: ['onlineUrl'] },
    ...[PLACE_TYPES.municipality, CONTENT_TYPES.learningPath, CONTENT_TYPES.courseModule, CONTENT_TYPES.topic].map((subject): Grant => ({ subject, actions: ['read'] })),
    { subject: CONTENT_TYPES.learningCentre, actions: ['read'], withoutFields: ['coordinators'] },
  ],
};
