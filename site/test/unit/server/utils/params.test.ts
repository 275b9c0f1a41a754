import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ItemParamsSchema, LocaleParamsSchema } from '../../../../server/graphql/common';
import { validatedKey } from '../../../../server/utils/params';

describe('validatedKey (cache keys from validated parameters only)', () => {
  it('gives a flood of made-up query strings one key', () => {
    const keys = new Set(Array.from({ length: 1500 }, (_, n) => validatedKey({ locale: 'sv', x: String(n), [`k${n}`]: 'v' }, LocaleParamsSchema)));
    expect(keys.size).toBe(1);
    expect(keys).toEqual(new Set([validatedKey({}, LocaleParamsSchema)]));
  });

  it('keeps different values apart, also those that differ only in punctuation', () => {
    const a = validatedKey({ locale: 'sv', slug: 'a-bc' }, ItemParamsSchema);
    const b = validatedKey({ locale: 'sv', slug: 'ab-c' }, ItemParamsSchema);
    const c = validatedKey({ locale: 'en', slug: 'a-bc' }, ItemParamsSchema);
    expect(new Set([a, b, c]).size).toBe(3);
    expect(a).toMatch(/^\w+$/);
  });

  it('is the same whatever the order of the parameters', () => {
    const schema = z.object({ a: z.string(), b: z.string() });
    expect(validatedKey({ b: '2', a: '1' }, schema)).toBe(validatedKey({ a: '1', b: '2' }, schema));
  });

  it.each([
    ['an unknown locale', { locale: 'xx', slug: 'a' }],
    ['a slug with a path in it', { locale: 'sv', slug: '../x' }],
    ['a list where one value is expected', { locale: ['sv', 'en'], slug: 'a' }],
  ])('refuses %s with 400 before any cache lookup', (_name, query) => {
    expect(() => validatedKey(query, ItemParamsSchema)).toThrow(expect.objectContaining({ statusCode: 400 }));
  });
});
