import { Lexer, type Token, type Tokens } from 'marked';
import type { BlockNode, InlineNode, TextNode } from './blocks.ts';

type Marks = Pick<TextNode, 'bold' | 'italic' | 'code'>;

function inline(tokens: Token[] | undefined, marks: Marks = {}): InlineNode[] {
  const out: InlineNode[] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'strong':
        out.push(...inline((token as Tokens.Strong).tokens, { ...marks, bold: true }));
        break;
      case 'em':
        out.push(...inline((token as Tokens.Em).tokens, { ...marks, italic: true }));
        break;
      case 'codespan':
        out.push({ type: 'text', text: (token as Tokens.Codespan).text, ...marks, code: true });
        break;
      case 'link': {
        const link = token as Tokens.Link;
        const children = inline(link.tokens, marks).filter((n): n is TextNode => n.type === 'text');
        out.push({ type: 'link', url: link.href, children: children.length ? children : [{ type: 'text', text: link.href }] });
        break;
      }
      case 'br':
        out.push({ type: 'text', text: '\n', ...marks });
        break;
      case 'text': {
        const text = token as Tokens.Text;
        if (text.tokens?.length) out.push(...inline(text.tokens, marks));
        else out.push({ type: 'text', text: decode(text.text), ...marks });
        break;
      }
      default:
        if ('text' in token && typeof token.text === 'string') out.push({ type: 'text', text: decode(token.text), ...marks });
    }
  }
  return out;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m] ?? m);
}

const sameMarks = (a: TextNode, b: TextNode) => a.bold === b.bold && a.italic === b.italic && a.code === b.code;

/** Joins neighbouring text nodes with the same marks (the lexer splits text at entities and inline HTML). */
function merged(children: InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const node of children) {
    const last = out.at(-1);
    if (node.type === 'text' && last?.type === 'text' && sameMarks(last, node)) out[out.length - 1] = { ...last, text: last.text + node.text };
    else out.push(node);
  }
  return out;
}

function nonEmpty(children: InlineNode[]): InlineNode[] {
  return children.length ? merged(children) : [{ type: 'text', text: '' }];
}

/**
 * Converts the Markdown subset of the seed files into Strapi blocks (the shape of blocks.ts): the one converter, used by
 * the CMS seed (cms/src/seed/to-data.ts) and the search eval (eval/seed-corpus.ts), so the eval indexes the seed's text
 * exactly as the CMS stores it. Exported from the main entry only: `marked` stays out of the browser-safe vocabulary.
 */
export function markdownToBlocks(markdown: string): BlockNode[] {
  const blocks: BlockNode[] = [];
  for (const token of new Lexer().lex(markdown.trim())) {
    switch (token.type) {
      case 'heading': {
        const level = Math.min(6, Math.max(1, (token as Tokens.Heading).depth));
        blocks.push({ type: 'heading', level, children: nonEmpty(inline(token.tokens)) });
        break;
      }
      case 'paragraph':
        blocks.push({ type: 'paragraph', children: nonEmpty(inline(token.tokens)) });
        break;
      case 'list': {
        const list = token as Tokens.List;
        blocks.push({
          type: 'list',
          format: list.ordered ? 'ordered' : 'unordered',
          children: list.items.map((item) => ({ type: 'list-item', children: nonEmpty(item.tokens.flatMap((t) => inline('tokens' in t && t.tokens ? t.tokens : [t]))) })),
        });
        break;
      }
      case 'blockquote': {
        const quote = token as Tokens.Blockquote;
        blocks.push({ type: 'quote', children: nonEmpty(quote.tokens.flatMap((t) => inline('tokens' in t ? t.tokens : [t]))) });
        break;
      }
      case 'code':
        blocks.push({ type: 'code', children: [{ type: 'text', text: (token as Tokens.Code).text }] });
        break;
      default:
        break;
    }
  }
  return blocks;
}
