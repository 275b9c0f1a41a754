import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BUSINESS_MODELS, CONTENT_TYPES, FORMATS, INDUSTRIES, LEVELS } from '../../src/vocabulary.ts';

/** The enum values of one attribute in a Strapi schema under cms/src. */
function strapiEnum(file: string, attribute: string): string[] {
  const json: unknown = JSON.parse(readFileSync(new URL(`../../../cms/src/${file}`, import.meta.url), 'utf8'));
  const schema = z.object({ attributes: z.record(z.string(), z.object({ enum: z.array(z.string()).optional() })) }).parse(json);
  return schema.attributes[attribute]?.enum ?? [];
}

const type = (name: string) => `api/${name}/content-types/${name}/schema.json`;

describe('vocabulary mirrors the Strapi schemas', () => {
  it.each([
    ['levels (guide)', LEVELS, type('guide'), 'level'],
    ['levels (course module)', LEVELS, type('course-module'), 'level'],
    ['levels (learning path)', LEVELS, type('learning-path'), 'level'],
    ['business models', BUSINESS_MODELS, type('guide'), 'businessModel'],
    ['formats', FORMATS, type('course-module'), 'format'],
    ['industries', INDUSTRIES, 'components/shared/industry.json', 'industry'],
  ])('%s', (_name, ours, file, attribute) => {
    expect([...ours]).toEqual(strapiEnum(file, attribute));
  });

  it.each(CONTENT_TYPES)('%s is a Strapi content type', (name) => {
    expect(() => readFileSync(new URL(`../../../cms/src/${type(name)}`, import.meta.url))).not.toThrow();
  });
});
