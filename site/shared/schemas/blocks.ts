import { z } from 'zod';

/**
 * Strapi 5 "blocks" rich text, as the CMS returns it. Unknown block or inline types are kept with their
 * children so a new editor feature degrades to plain text instead of failing the page.
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
