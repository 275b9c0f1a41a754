import { z } from 'zod';
import { cleanText } from './text.ts';

/**
 * A node of a Strapi 5 "blocks" rich-text value: block nodes (paragraph, heading, list, list-item,
 * quote, code, image) and inline nodes (text, link). Validated loosely and recursively, because the
 * editor adds node types and marks (bold, italic, …) over time and none of them should stop indexing.
 */
export interface BlockNode {
  type: string;
  text?: string;
  children?: BlockNode[];
  image?: { alternativeText?: string | null; [key: string]: unknown } | null;
  /** Whatever else the editor stores (heading level, list format, link url, marks). */
  [key: string]: unknown;
}

export const BlockNodeSchema: z.ZodType<BlockNode> = z.lazy(() =>
  z.looseObject({
    type: z.string(),
    text: z.string().optional(),
    children: z.array(BlockNodeSchema).optional(),
    image: z.looseObject({ alternativeText: z.string().nullish() }).nullish(),
  }),
);

/** A blocks field as Strapi returns it; empty rich text may come back as null. */
export const BlocksSchema = z.array(BlockNodeSchema).nullish();

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
