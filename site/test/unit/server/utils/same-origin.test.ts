import { describe, expect, it } from 'vitest';
import { isSameOrigin } from '../../../../server/utils/same-origin';

const host = 'site.example:3000';

describe('isSameOrigin (form posts)', () => {
  it.each([
    ['Origin of this site', { origin: 'http://site.example:3000' }, true],
    ['Origin of another site', { origin: 'https://evil.example' }, false],
    ['Origin "null" (sandboxed frame, data: URL)', { origin: 'null' }, false],
    ['another site, whatever the other headers say', { origin: 'https://evil.example', secFetchSite: 'same-origin', referer: 'http://site.example:3000/' }, false],
    ['no Origin, Sec-Fetch-Site same-origin', { secFetchSite: 'same-origin' }, true],
    ['no Origin, Sec-Fetch-Site cross-site', { secFetchSite: 'cross-site', referer: 'http://site.example:3000/' }, false],
    ['no Origin, Sec-Fetch-Site same-site (a sibling subdomain)', { secFetchSite: 'same-site' }, false],
    ['no Origin, a Referer on this host', { referer: 'http://site.example:3000/behovskoll' }, true],
    ['no Origin, a Referer elsewhere', { referer: 'https://evil.example/site.example:3000' }, false],
    ['no Origin, a Referer that is not a URL', { referer: 'site.example:3000' }, false],
    ['nothing at all (curl, a script)', {}, false],
  ])('%s → %s', (_name, headers, expected) => expect(isSameOrigin(headers, host)).toBe(expected));
});
