/**
 * Strapi 5 "blocks" rich text, as the CMS returns it: the shape and its schemas are the search library's
 * (search/src/vocabulary/blocks.ts, browser-safe), shared with the seed and the search mapping.
 */
export {
  TextNodeSchema,
  LinkNodeSchema,
  InlineNodeSchema,
  BlockSchema,
  BlocksSchema,
  type TextNode,
  type InlineNode,
  type ListItemNode,
  type ListNode,
  type BlockNode,
} from '@kunskapsnavet/search/vocabulary';
