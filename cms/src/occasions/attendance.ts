import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { SIGNUP_TYPES } from '../lib/content-types';
import { coordinatedCentres } from './rbac';
import { adminRouter } from '../lib/admin-router';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

const cell = (value: string | number | null | undefined) => {
  if (value == null) return '';
  const text = String(value);
  // Quote what would break the row, and defuse spreadsheet formulas (names are typed by the public).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

const HEADER = ['name', 'email', 'phone', 'municipality', 'status', 'attended', 'signed_up_at'];

interface Row {
  name: string;
  email: string;
  phone: string | null;
  municipality: string;
  signupStatus: string;
  consentAt: string;
  learningCentreDocumentId: string | null;
  occasionTitle: string | null;
}

/** The attendance list of one occasion: confirmed and attended people first (by name), then the waitlist. */
export function attendanceCsv(rows: Row[]): string {
  const order = (s: string) => ['attended', 'confirmed', 'waitlisted', 'cancelled'].indexOf(s);
  const sorted = [...rows].sort((a, b) => order(a.signupStatus) - order(b.signupStatus) || a.name.localeCompare(b.name, 'sv'));
  const lines = sorted.map((r) => [r.name, r.email, r.phone, r.municipality, r.signupStatus, r.signupStatus === 'attended' ? 'yes' : '', new Date(r.consentAt).toISOString()]);
  return `\uFEFF${[HEADER, ...lines].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

const isSuperAdmin = (ctx: Ctx) => (ctx.state.user?.roles ?? []).some((r: { code?: string }) => r.code === 'strapi-super-admin');

/** GET /kn-occasions/:documentId/attendance.csv — a coordinator only for an occasion at one of their centres. */
async function attendance(strapi: Core.Strapi, ctx: Ctx) {
  const documentId = String(ctx.params.documentId ?? '');
  if (!/^[a-z0-9]{10,40}$/.test(documentId)) throw new errors.ValidationError('Unknown occasion id.');
  const rows: Row[] = await strapi.db.query(SIGNUP_TYPES.signup).findMany({ where: { occasionDocumentId: documentId } });
  if (!isSuperAdmin(ctx)) {
    const mine = await coordinatedCentres(strapi, ctx.state.user.id);
    const centre = rows[0]?.learningCentreDocumentId;
    if (rows.length > 0 && (!centre || !mine.includes(centre))) throw new errors.ForbiddenError('This occasion is not at one of your learning centres.');
  }
  ctx.set('Content-Type', 'text/csv; charset=utf-8');
  ctx.set('Content-Disposition', `attachment; filename="attendance-${documentId}.csv"`);
  ctx.body = attendanceCsv(rows);
}

export function registerOccasionAdminRoutes(strapi: Core.Strapi): void {
  const guard = { policies: ['admin::isAuthenticatedAdmin', { name: 'global::admin-role', config: { roles: ['strapi-super-admin', 'kn-coordinator'] } }] };
  strapi.server.routes(adminRouter('/kn-occasions', [{ method: 'GET', path: '/:documentId/attendance.csv', handler: (ctx: Ctx) => attendance(strapi, ctx), config: guard }]));
}
