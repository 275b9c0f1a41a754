import { describe, expect, it } from 'vitest';
import { blocksToText, BlocksSchema, type BlockNode } from '../../../src/map/blocks.ts';
import { h, link, ol, p, quote, text, ul } from '../../fixtures/strapi/blocks.ts';

describe('blocksToText', () => {
  it.each<[string, BlockNode[] | null | undefined, string]>([
    ['null', null, ''],
    ['undefined', undefined, ''],
    ['an empty value', [], ''],
    ['one paragraph', [p('Hej världen')], 'Hej världen'],
    ['paragraphs as blank-line separated', [p('Ett'), p('Två')], 'Ett\n\nTvå'],
    ['marks dropped, text joined', [p('Sälj ', text('mer', { bold: true }), ' på nätet')], 'Sälj mer på nätet'],
    ['link text kept, url dropped', [p('Läs ', link('https://pts.se', 'rapporten'), '.')], 'Läs rapporten.'],
    ['a heading', [h(2, 'Frakt'), p('Text')], 'Frakt\n\nText'],
    ['list items one per line', [ul('Ett', 'Två'), ol('Tre')], 'Ett\nTvå\n\nTre'],
    ['a quote', [quote('Kunderna vill veta när paketet kommer.')], 'Kunderna vill veta när paketet kommer.'],
    ['a code block', [{ type: 'code', language: 'bash', children: [text('npm start')] }], 'npm start'],
    ['image alt text', [{ type: 'image', image: { alternativeText: 'Paketskåp i Arjeplog', url: '/x.jpg' }, children: [text('')] }], 'Paketskåp i Arjeplog'],
    ['an image without alt text', [{ type: 'image', image: { alternativeText: null }, children: [text('')] }, p('Efter')], 'Efter'],
    ['a nested list', [{ type: 'list', children: [{ type: 'list-item', children: [text('Ett')] }, ul('Ett.a')] }], 'Ett\nEtt.a'],
    ['an unknown block type by its children', [{ type: 'callout', children: [p('Viktigt')] }], 'Viktigt'],
    ['whitespace collapsed, empty blocks skipped', [p('  två   mellanslag  '), p(''), p('slut')], 'två mellanslag\n\nslut'],
    ['decomposed å composed (NFC)', [p('pa\u030Aske')], 'påske'],
    ['control and highlight-marker characters removed', [p('a\u0007b\uE000c\uE001')], 'abc'],
  ])('%s', (_name, blocks, expected) => {
    expect(blocksToText(blocks)).toBe(expected);
  });
});

describe('BlocksSchema', () => {
  it('accepts unknown node types and extra fields', () => {
    expect(BlocksSchema.safeParse([{ type: 'future', children: [{ type: 'text', text: 'x', underline: true }], extra: 1 }]).success).toBe(true);
  });

  it.each([
    ['a node without type', [{ children: [] }]],
    ['a text node whose text is not a string', [{ type: 'paragraph', children: [{ type: 'text', text: 5 }] }]],
    ['a value that is not a list', { type: 'paragraph' }],
  ])('rejects %s', (_name, value) => {
    expect(BlocksSchema.safeParse(value).success).toBe(false);
  });
});
