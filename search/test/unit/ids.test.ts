import { describe, expect, it } from 'vitest';
import { searchDocumentId } from '../../src/ids.ts';

describe('searchDocumentId', () => {
  it.each([
    ['guide', 'g5s8t1a4r7t0w3e6b9s2h5o8', 'sv', 'guide-g5s8t1a4r7t0w3e6b9s2h5o8-sv'],
    ['learning-path', 'abc', 'en', 'learning-path-abc-en'],
  ] as const)('%s %s %s', (type, documentId, locale, expected) => {
    expect(searchDocumentId(type, documentId, locale)).toBe(expected);
  });

  it('differs per locale, so both languages of a document coexist', () => {
    expect(searchDocumentId('guide', 'x', 'sv')).not.toBe(searchDocumentId('guide', 'x', 'en'));
  });
});
