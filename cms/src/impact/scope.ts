import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { EFFORT_TYPES } from '../lib/content-types';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

export const PARTNER_ROLE = 'kn-partner';
/** Who reads every municipality's figures. */
export const REGION_ROLES = ['strapi-super-admin', 'kn-coordinator'];
/** Who reads the overview, before/after and impact reports at all (partners only for their own municipalities). */
export const FIGURE_ROLES = [...REGION_ROLES, PARTNER_ROLE];

/** Everything a route needs to know about the reader: the whole region, or a partner's municipalities. */
export type Scope = { region: true } | { region: false; userId: number; municipalities: string[]; partners: string[] };

const roleCodes = (ctx: Ctx): string[] => (ctx.state.user?.roles ?? []).flatMap((r: { code?: string }) => (r.code ? [r.code] : []));

/**
 * The municipalities (slugs) and partner organisations (documentIds) of a partner admin user: the partners whose
 * private `members` relation names the user. Set by the super admin; a partner with no organisation sees nothing.
 */
export async function partnerScope(strapi: Core.Strapi, userId: number): Promise<{ municipalities: string[]; partners: string[] }> {
  const rows: Array<{ documentId: string; municipalities?: Array<{ slug: string }> }> = await strapi.db.query(EFFORT_TYPES.partner).findMany({
    where: { members: { id: userId } },
    select: ['documentId'],
    populate: { municipalities: { select: ['slug'] } },
  });
  return {
    municipalities: [...new Set(rows.flatMap((r) => (r.municipalities ?? []).map((m) => m.slug)))].sort(),
    partners: [...new Set(rows.map((r) => r.documentId))].sort(),
  };
}

/** The reader's scope (after the role policy has let them in). */
export async function scopeOf(strapi: Core.Strapi, ctx: Ctx): Promise<Scope> {
  const codes = roleCodes(ctx);
  if (codes.some((c) => REGION_ROLES.includes(c))) return { region: true };
  const userId = Number(ctx.state.user?.id);
  return { region: false, userId, ...(await partnerScope(strapi, userId)) };
}

/**
 * A partner's view must name one of their municipalities: every view they get is then one a coordinator could get
 * (already checked for k-anonymity), narrowed to their municipality. Region readers pass unchanged.
 */
export function requireOwnMunicipality(scope: Scope, municipality: string | undefined): void {
  if (scope.region) return;
  if (!municipality) throw new errors.ForbiddenError('Choose one of your municipalities: partners see figures for their own municipalities only.');
  if (!scope.municipalities.includes(municipality)) throw new errors.ForbiddenError('This municipality is not one of your organisation’s.');
}
