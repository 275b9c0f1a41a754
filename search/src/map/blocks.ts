import type { AnyBlockNode as BlockNode } from '../vocabulary/blocks.ts';
import { cleanText } from './text.ts';

/** The tolerant reading of the blocks shape (its one definition: ../vocabulary/blocks.ts), under the mapping's names. */
export { AnyBlocksSchema as BlocksSchema, type AnyBlockNode as BlockNode } from '../vocabulary/blocks.ts';

const INLINE_TYPES = new Set(['text', 'link']);

function inlineText(nodes: readonly BlockNode[]): string {
  return nodes.map((node) => (node.type === 'text' ? (node.text ?? '') : inlineText(node.children ?? []))).join('');
}

/** One line per list item (nested lists included), one paragraph per other block. */
function blockText(node: BlockNode): string {
  const children = node.children ?? [];
  switch (node.type) {
    case 'image':
      return node.image?.alternativeText ?? '';
    case 'list':
      return children.map(blockText).filter(Boolean).join('\n');
    default:
      // paragraph, heading, list-item, quote, code and any future block made of inline nodes.
      if (children.every((child) => INLINE_TYPES.has(child.type))) return inlineText(children);
      return children.map(blockText).filter(Boolean).join('\n');
  }
}

/**
 * The readable text of a blocks value: paragraphs separated by blank lines, list items by line breaks,
 * link text kept (URLs dropped), image alt text kept, formatting marks dropped.
 */
export function blocksToText(blocks: readonly BlockNode[] | null | undefined): string {
  if (!blocks) return '';
  return cleanText(
    blocks
      .map(blockText)
      .map((text) => text.trim())
      .filter(Boolean)
      .join('\n\n'),
  );
}
