import { describe, expect, it } from 'vitest';
import { indexPattern, indexUid, isTempIndexOf, tempIndexUid } from '../../src/indexes.ts';

describe('index names', () => {
  it('defaults to the content prefix', () => {
    expect(indexUid('sv')).toBe('content_sv');
    expect(indexUid('en')).toBe('content_en');
    expect(indexPattern()).toBe('content_*');
  });

  it('takes a configurable prefix', () => {
    expect(indexUid('sv', 'staging')).toBe('staging_sv');
  });

  it.each(['', 'has space', 'a*', 'x'.repeat(101)])('rejects the prefix %j', (prefix) => {
    expect(() => indexUid('sv', prefix)).toThrow(/invalid index prefix/);
  });

  it('recognises temp indexes of one live index only', () => {
    const temp = tempIndexUid('content_sv', 1732680000000);
    expect(temp).toBe('content_sv__tmp_1732680000000');
    expect(isTempIndexOf('content_sv', temp)).toBe(true);
    expect(isTempIndexOf('content_en', temp)).toBe(false);
    expect(isTempIndexOf('content_sv', 'content_sv')).toBe(false);
  });
});
