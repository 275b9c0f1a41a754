import type { H3Event } from 'h3';

/**
 * Form posts are accepted from this site's own pages only: a browser sends Origin with every POST, and a
 * cross-site one (another site making the reader's browser post here) is refused with 403.
 */
export function assertSameOrigin(event: H3Event): void {
  const origin = getRequestHeader(event, 'origin');
  if (origin && (!URL.canParse(origin) || new URL(origin).host !== getRequestHost(event))) {
    throw createError({ statusCode: 403, statusMessage: 'Forbidden', message: 'cross-site form post' });
  }
}
