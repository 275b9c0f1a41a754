import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { createEvent } from 'h3';
import { describe, expect, it } from 'vitest';
import { pageCacheSlot } from '../../../../server/utils/page-cache-rules';

function event(url: string, headers: Record<string, string> = {}, method = 'GET') {
  const req = new IncomingMessage(new Socket());
  Object.assign(req, { url, method, headers });
  return createEvent(req, new ServerResponse(req));
}

describe('which requests may share a rendered page', () => {
  it.each(['/', '/en', '/artiklar', '/artiklar/en-artikel', '/en/articles/an-article', '/guider/x', '/kurser/x', '/larstigar', '/larstigar/x', '/amnen/x', '/larcentrum', '/larcentrum/x', '/forfattare/x'])(
    'the reading page %s',
    (url) => expect(pageCacheSlot(event(url))?.search).toBe(false),
  );

  it('the search page, in its own cache', () => {
    expect(pageCacheSlot(event('/sok?q=webbutik'))?.search).toBe(true);
    expect(pageCacheSlot(event('/en/search?q=web'))?.search).toBe(true);
    expect(pageCacheSlot(event(`/sok?q=${'x'.repeat(400)}`))).toBeNull();
  });

  it.each([
    ['a cookie (progress, place, needs check, flash: whatever it is)', '/larstigar', { cookie: 'kn_progress=1~a:1:b' }],
    ['any cookie at all', '/', { cookie: 'other=1' }],
    ['a search with a cookie (the next occasion nearest the reader)', '/sok?q=x', { cookie: 'kn_place=overkalix' }],
    ['credentials', '/', { authorization: 'Bearer x' }],
    ['a step opened inside a path', '/kurser/x?path=abc', {}],
    ['a made-up query string', '/?utm=x', {}],
    ['the occasions (seats change by the second)', '/tillfallen', {}],
    ['my learning', '/mitt-larande', {}],
    ['the needs check', '/behovskoll', {}],
    ['the needs-check result', '/behovskoll/resultat', {}],
    ['the preview', '/forhandsvisning', {}],
    ['a path below a reading page', '/artiklar/a/b', {}],
  ])('never: %s', (_name, url, headers) => expect(pageCacheSlot(event(url, headers))).toBeNull());

  it('never a POST', () => expect(pageCacheSlot(event('/', {}, 'POST'))).toBeNull());
});
