import { describe, expect, it } from 'vitest';
import { escapeHtml, HIGHLIGHT_POST, HIGHLIGHT_PRE, snippetHtml } from '../../../src/query/snippets.ts';

const mark = (word: string) => `${HIGHLIGHT_PRE}${word}${HIGHLIGHT_POST}`;

describe('snippetHtml', () => {
  it.each([
    ['plain text', 'Frakt och returer', 'Frakt och returer'],
    ['a highlight', `Starta en ${mark('webbutik')}`, 'Starta en <mark>webbutik</mark>'],
    ['markup in the text', `<script>alert(1)</script> ${mark('villkor')}`, '&lt;script&gt;alert(1)&lt;/script&gt; <mark>villkor</mark>'],
    ['a highlight inside an entity-looking text', `${mark('priser')} & "villkor"`, '<mark>priser</mark> &amp; &quot;villkor&quot;'],
    ['a literal <mark> tag in content', '<mark>fake</mark>', '&lt;mark&gt;fake&lt;/mark&gt;'],
  ])('%s', (_name, formatted, expected) => {
    expect(snippetHtml(formatted)).toBe(expected);
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});
