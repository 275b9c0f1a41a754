import { describe, expect, it } from 'vitest';
import { markdownToBlocks } from '../../../src/vocabulary/markdown.ts';

describe('markdownToBlocks', () => {
  it.each([
    ['paragraph', 'Hej världen', [{ type: 'paragraph', children: [{ type: 'text', text: 'Hej världen' }] }]],
    ['heading', '## Rubrik', [{ type: 'heading', level: 2, children: [{ type: 'text', text: 'Rubrik' }] }]],
    ['bold and italic', 'a **b** *c*', [{ type: 'paragraph', children: [{ type: 'text', text: 'a ' }, { type: 'text', text: 'b', bold: true }, { type: 'text', text: ' ' }, { type: 'text', text: 'c', italic: true }] }]],
    ['link', '[PTS](https://pts.se)', [{ type: 'paragraph', children: [{ type: 'link', url: 'https://pts.se', children: [{ type: 'text', text: 'PTS' }] }] }]],
    ['unordered list', '- ett\n- två', [{ type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'ett' }] }, { type: 'list-item', children: [{ type: 'text', text: 'två' }] }] }]],
    ['ordered list', '1. först', [{ type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'först' }] }] }]],
    ['quote', '> citat', [{ type: 'quote', children: [{ type: 'text', text: 'citat' }] }]],
    ['entities are decoded', 'Q&A "citat"', [{ type: 'paragraph', children: [{ type: 'text', text: 'Q&A "citat"' }] }]],
    ['inline HTML stays text', 'a <b> c', [{ type: 'paragraph', children: [{ type: 'text', text: 'a <b> c' }] }]],
  ])('%s', (_name, markdown, blocks) => expect(markdownToBlocks(markdown)).toEqual(blocks));
});
