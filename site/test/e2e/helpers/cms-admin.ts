import { adminCall, adminLogin } from '../../hostile/helpers/admin.ts';

const ARTICLE = '/content-manager/collection-types/api::research-article.research-article';

/** A research article as an editor writes it in the admin (the fields its content rules require). */
export function articleFields(title: string, slug: string) {
  return {
    title, slug, summary: 'En sammanfattning för sidcachens test.', evidence: 'survey', readingMinutes: 3,
    body: [{ type: 'paragraph', children: [{ type: 'text', text: `Brödtext för ${title}.` }] }],
    // An article is published only with the study it summarises (cms content rules).
    originalStudy: { authors: [{ name: 'Exempel, E.' }], year: 2024, title: 'En exempelstudie', url: 'https://example.org/studie', openAccess: true },
  };
}

/** An editor's actions on research articles through the admin API (content manager), as the super admin. */
export async function articleEditor(cmsUrl: string) {
  const token = await adminLogin(cmsUrl, 'strapi-super-admin');
  const call = async (method: string, route: string, body?: unknown) => {
    const res = await adminCall(cmsUrl, token, method, `${ARTICLE}${route}`, body);
    if (res.status >= 300) throw new Error(`${method} ${route}: HTTP ${res.status} ${res.text.slice(0, 300)}`);
    return res.data;
  };
  return {
    async create(title: string, slug: string): Promise<string> {
      const data: unknown = await call('POST', '?locale=sv', articleFields(title, slug));
      if (typeof data !== 'object' || data === null || !('documentId' in data) || typeof data.documentId !== 'string') throw new Error('no documentId');
      return data.documentId;
    },
    edit: (id: string, fields: Record<string, unknown>) => call('PUT', `/${id}?locale=sv`, fields),
    publish: (id: string) => call('POST', `/${id}/actions/publish?locale=sv`, {}),
    unpublish: (id: string) => call('POST', `/${id}/actions/unpublish?locale=sv`, {}),
    remove: (id: string) => call('DELETE', `/${id}?locale=sv`),
  };
}
