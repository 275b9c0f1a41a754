import { describe, expect, it } from 'vitest';
import { answers, BODY_CROP_WORDS, cropAround, cropOrLead, markedText, queryMarks } from '../../../src/query/marks.ts';
import { HIGHLIGHT_POST, HIGHLIGHT_PRE } from '../../../src/query/snippets.ts';

const marked = (snippet: string | null) => snippet?.replaceAll(HIGHLIGHT_PRE, '[').replaceAll(HIGHLIGHT_POST, ']') ?? null;
const words = (n: number, word = 'ord') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

describe('answers: a word of the text and a word of the query', () => {
  it.each([
    ['bokföring', 'bokföring', true],
    ['bokföringen', 'bokföring', true],
    ['startade', 'start', true],
    ['item', 'it', false],
    ['medier', 'medjer', true],
    ['bokföringsprogram', 'bokföringsprogam', true],
    ['far', 'får', false],
    ['villkor', 'villkår', true],
    ['marknad', 'markand', true],
    ['frakt', 'fakta', false],
    // Nine letters or more: two typos, a swap counting as one.
    ['bokföringsprogram', 'bokförnigsprogram', true],
    ['marknadsföring', 'marknadsforimg', true],
    ['marknadsföring', 'marknedsforimg', false],
    ['hållbarhetsrapportering', 'hållbarhetsraportering', true],
    // Longer than the rows the comparison keeps between calls.
    [`k${'a'.repeat(70)}`, `k${'a'.repeat(68)}bb`, true],
    [`k${'a'.repeat(70)}`, `k${'a'.repeat(67)}bbb`, false],
  ])('%s ~ %s: %s', (word, term, expected) => {
    expect(answers(word, term)).toBe(expected);
  });
});

const bodySnippet = (body: string, words: string[]) => cropAround(body, queryMarks(words), BODY_CROP_WORDS);

describe('cropAround (the body snippet)', () => {
  it('finds the match in a body longer than the buffers it reuses, and a short one after it', () => {
    const long = `${words(5_000)} bokföring ${words(10)}`;
    expect(marked(bodySnippet(long, ['bokföring']))).toContain('[bokföring]');
    expect(marked(bodySnippet('Bokföring är lätt.', ['lätt']))).toBe('Bokföring är [lätt].');
  });

  it('marks the matching words, case as written', () => {
    expect(marked(bodySnippet('Bokföring är lätt. Börja med bokföringen i dag.', ['bokföring']))).toBe('[Bokföring] är lätt. Börja med [bokföringen] i dag.');
  });

  it('cuts a long body to the crop around the place where most query words meet, with "…" where it cut', () => {
    const body = `${words(40)} frakt ${words(40, 'x')} frakt och paket ${words(40, 'y')}`;
    const snippet = marked(bodySnippet(body, ['frakt', 'paket']));
    expect(snippet).toMatch(/^…/);
    expect(snippet).toMatch(/…$/);
    expect(snippet).toContain('[frakt] och [paket]');
    expect(snippet?.replace(/^…|…$/g, '').split(/\s+/)).toHaveLength(BODY_CROP_WORDS);
  });

  it('finds a misspelt query word within the typo tolerance when nothing matches as written', () => {
    expect(marked(bodySnippet('Synas i sociala medier.', ['medjer']))).toBe('Synas i sociala [medier].');
  });

  it('matches a short query word only whole', () => {
    expect(marked(bodySnippet('Ett item om it.', ['it']))).toBe('Ett item om [it].');
  });

  it('is null when no word of the body answers the query', () => {
    expect(bodySnippet('Om kassasystem och kvitton.', ['webbutik'])).toBeNull();
    expect(bodySnippet('Om kassasystem.', [])).toBeNull();
  });

  it('keeps the text between the words as it is (the caller escapes it)', () => {
    expect(marked(bodySnippet('Priser & <b>villkor</b>.', ['villkor']))).toBe('Priser & <b>[villkor]</b>.');
  });
});

describe('queryMarks', () => {
  it('lower-cases, splits where the text splits, and drops repeats', () => {
    expect(queryMarks(['E-handel', 'handel', 'Bokföring', '']).terms).toEqual(['e', 'handel', 'bokföring']);
  });

  it('shares what a word answered between the texts of one search, and never between searches', () => {
    const marks = queryMarks(['frakt']);
    expect(marked(markedText('Frakt och frakten', marks))).toBe('[Frakt] och [frakten]');
    expect(marks.known.get('frakten')).toBe(0);
    expect(markedText('Frakt och frakten', queryMarks(['paket']))).toBe('Frakt och frakten');
  });
});

describe('markedText (the title)', () => {
  it('marks every word that answers the query and keeps the rest, punctuation at the start included', () => {
    expect(marked(markedText('«Starta en webbutik» – e-handel', queryMarks(['webbutik', 'e-handel'])))).toBe('«Starta en [webbutik]» – [e]-[handel]');
  });

  it('is the text as it is without query words', () => {
    expect(markedText('Starta en webbutik', queryMarks([]))).toBe('Starta en webbutik');
  });
});

describe('cropOrLead (the summary)', () => {
  it('cuts around the match when there is one', () => {
    const snippet = marked(cropOrLead(`${words(60)} frakt ${words(60, 'x')}`, queryMarks(['frakt']), 40));
    expect(snippet).toMatch(/^….*\[frakt\].*…$/);
  });

  it('keeps the first words, with "…" where it cut, when nothing matched', () => {
    expect(cropOrLead(words(50), queryMarks(['frakt']), 40)).toBe(`${words(40)}…`);
    expect(cropOrLead('Kort text.', queryMarks(['frakt']), 40)).toBe('Kort text.');
  });
});
