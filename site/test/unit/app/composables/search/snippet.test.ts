import { describe, expect, it } from 'vitest';
import { safeSnippet } from '~/composables/search/snippet';

describe('safeSnippet', () => {
  it.each([
    ['plain escaped text stays', 'Tom &amp; Jerry', 'Tom &amp; Jerry'],
    ['mark tags stay', 'sälja <mark>på nätet</mark>', 'sälja <mark>på nätet</mark>'],
    ['any other tag escapes everything', '<mark>a</mark><img src=x onerror=alert(1)>', '&lt;mark&gt;a&lt;/mark&gt;&lt;img src=x onerror=alert(1)&gt;'],
    ['a mark with attributes is not a mark', '<mark onclick="x">a</mark>', '&lt;mark onclick=&quot;x&quot;&gt;a&lt;/mark&gt;'],
    ['a stray angle bracket escapes everything', 'a > b', 'a &gt; b'],
  ])('%s', (_, input, output) => {
    expect(safeSnippet(input)).toBe(output);
  });
});
