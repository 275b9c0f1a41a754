import { z } from 'zod';

/**
 * Strapi 5 "blocks" rich text: the one definition of its shape. The site renders it (strict reading, below), the
 * seed writes it (markdown.ts, beside this file) and the search mapping reads its text (tolerant reading, at the end).
 * Unknown block or inline types are dropped by the strict reading, one block at a time, so a new editor feature
 * degrades instead of failing the page; the tolerant reading keeps them, so it never stops indexing.
 */
export const TextNodeSchema = z.object({
  type: z.literal('text'),
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  strikethrough: z.boolean().optional(),
  code: z.boolean().optional(),
});

export const LinkNodeSchema = z.object({
  type: z.literal('link'),
  url: z.string(),
  children: z.array(TextNodeSchema),
});

export const InlineNodeSchema = z.union([TextNodeSchema, LinkNodeSchema]);

export type TextNode = z.infer<typeof TextNodeSchema>;
export type LinkNode = z.infer<typeof LinkNodeSchema>;
export type InlineNode = z.infer<typeof InlineNodeSchema>;

export type ListItemNode = { type: 'list-item'; children: InlineNode[] };
export type ListNode = { type: 'list'; format: 'ordered' | 'unordered'; children: (ListItemNode | ListNode)[] };
export type BlockNode =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; level: number; children: InlineNode[] }
  | { type: 'quote'; children: InlineNode[] }
  | { type: 'code'; children: InlineNode[] }
  | { type: 'image'; image: { url: string; alternativeText?: string | null; width?: number | null; height?: number | null } }
  | ListNode;

const ListItemSchema: z.ZodType<ListItemNode> = z.object({ type: z.literal('list-item'), children: z.array(InlineNodeSchema) });

const ListSchema: z.ZodType<ListNode> = z.lazy(() =>
  z.object({
    type: z.literal('list'),
    format: z.enum(['ordered', 'unordered']),
    children: z.array(z.union([ListItemSchema, ListSchema])),
  }),
);

export const BlockSchema: z.ZodType<BlockNode> = z.union([
  z.object({ type: z.literal('paragraph'), children: z.array(InlineNodeSchema) }),
  z.object({ type: z.literal('heading'), level: z.number().int().min(1).max(6), children: z.array(InlineNodeSchema) }),
  z.object({ type: z.literal('quote'), children: z.array(InlineNodeSchema) }),
  z.object({ type: z.literal('code'), children: z.array(InlineNodeSchema) }),
  z.object({
    type: z.literal('image'),
    image: z.object({ url: z.string(), alternativeText: z.string().nullish(), width: z.number().nullish(), height: z.number().nullish() }),
  }),
  ListSchema,
]);

/** Blocks that fail the schema (an editor feature we do not render yet) are dropped one by one, not the page. */
export const BlocksSchema = z
  .array(z.unknown())
  .nullish()
  .transform((blocks): BlockNode[] =>
    (blocks ?? []).flatMap((block) => {
      const parsed = BlockSchema.safeParse(block);
      return parsed.success ? [parsed.data] : [];
    }),
  );

/**
 * Any node of a blocks value, block or inline, read tolerantly (the search mapping's view): only `type`, `text`,
 * `children` and an image's alt text are looked at; whatever else the editor stores (heading level, list format,
 * link url, marks, node types added later) passes through.
 */
export interface AnyBlockNode {
  type: string;
  text?: string;
  children?: AnyBlockNode[];
  image?: { alternativeText?: string | null; [key: string]: unknown } | null;
  [key: string]: unknown;
}

export const AnyBlockNodeSchema: z.ZodType<AnyBlockNode> = z.lazy(() =>
  z.looseObject({
    type: z.string(),
    text: z.string().optional(),
    children: z.array(AnyBlockNodeSchema).optional(),
    image: z.looseObject({ alternativeText: z.string().nullish() }).nullish(),
  }),
);

/** A blocks field read tolerantly; empty rich text may come back as null. */
export const AnyBlocksSchema = z.array(AnyBlockNodeSchema).nullish();
