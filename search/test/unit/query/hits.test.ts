import { describe, expect, it } from 'vitest';
import { toHit } from '../../../src/query/hits.ts';
import { queryMarks } from '../../../src/query/marks.ts';

const raw = {
  id: 'guide-g5s8t1a4r7t0w3e6b9s2h5o8-sv', type: 'guide', locale: 'sv', title: 'Starta en webbutik', summary: 'Steg för steg.',
  url: '/guider/starta-en-webbutik', topics: ['E-handel'], level: 'beginner', format: null, minutes: 50, publishedAt: 1748764800,
  _rankingScore: 0.9,
};

describe('toHit', () => {
  it('builds escaped snippets, cuts the body around the query, and marks the language', () => {
    const hit = toHit({
      ...raw,
      body: 'Sätt rimliga priser & <b>villkor</b> för frakt.',
    }, 'en', queryMarks(['priser', 'webbutik']));
    expect(hit).toMatchObject({ title: 'Starta en webbutik', otherLanguage: true });
    expect(hit.snippets).toEqual({
      title: 'Starta en <mark>webbutik</mark>', summary: 'Steg för steg.', body: 'Sätt rimliga <mark>priser</mark> &amp; &lt;b&gt;villkor&lt;/b&gt; för frakt.',
    });
    expect(hit).not.toHaveProperty('_rankingScore');
    expect(hit).not.toHaveProperty('body');
  });

  it('has no body snippet when no word of the body answers the query', () => {
    const hit = toHit({ ...raw, body: 'början av texten' }, 'sv', queryMarks(['webbutik']));
    expect(hit.snippets.body).toBeNull();
    expect(hit.snippets.title).toBe('Starta en <mark>webbutik</mark>');
    expect(hit.otherLanguage).toBe(false);
  });

  it('escapes the fields and marks nothing without query words', () => {
    expect(toHit({ ...raw, title: 'Q&A' }, 'sv').snippets.title).toBe('Q&amp;A');
  });

  it('rejects a hit that is not a search document', () => {
    expect(() => toHit({ ...raw, type: 'page' }, 'sv')).toThrow();
  });
});
