import { describe, expect, it } from 'vitest';
import { sharedScalarFields } from '../../src/middlewares/shared-fields';
import schema from '../../src/api/research-article/content-types/research-article/schema.json';

describe('sharedScalarFields', () => {
  it('picks the non-localized scalars of a research article', () => {
    expect(sharedScalarFields(schema.attributes).sort()).toEqual(['evidence', 'level', 'readingMinutes']);
  });

  it.each([
    ['localized string', { a: { type: 'string', pluginOptions: { i18n: { localized: true } } } }, []],
    ['shared integer', { a: { type: 'integer', pluginOptions: { i18n: { localized: false } } } }, ['a']],
    ['shared relation is not a scalar', { a: { type: 'relation', pluginOptions: { i18n: { localized: false } } } }, []],
    ['shared component is not a scalar', { a: { type: 'component', pluginOptions: { i18n: { localized: false } } } }, []],
  ])('%s', (_name, attributes, expected) => expect(sharedScalarFields(attributes)).toEqual(expected));
});
