import type { BlockNode } from '../src/map/blocks.ts';

/** Inline Markdown of the seed files reduced to its text: links keep their text, marks are dropped. */
function inlineText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    // \u0060 is the backtick, escaped so that no line holds a lone one that tools reading the text take for an open template.
    .replace(/(\*\*|__|\*|\u0060)/g, '')
    .trim();
}

const paragraph = (text: string): BlockNode => ({ type: 'paragraph', children: [{ type: 'text', text }] });

/**
 * The Markdown subset of the seed files (paragraphs, `#` headings, `-`/`1.` lists, `>` quotes) as Strapi
 * blocks, for the search mapping only: cms/src/seed/markdown.ts is the full converter the seed uses.
 */
export function markdownToBlocks(markdown: string): BlockNode[] {
  return markdown
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk): BlockNode => {
      const lines = chunk.split('\n').map((line) => line.trim());
      if (lines.every((line) => /^([-*]|\d+\.)\s/.test(line))) {
        const items = lines.map((line) => ({ type: 'list-item', children: [{ type: 'text', text: inlineText(line.replace(/^([-*]|\d+\.)\s+/, '')) }] }));
        return { type: 'list', children: items };
      }
      return paragraph(inlineText(lines.map((line) => line.replace(/^(#{1,6}|>)\s*/, '')).join(' ')));
    });
}
