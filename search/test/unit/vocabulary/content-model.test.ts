import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CALL_KINDS, EFFORT_STATUSES, OCCASION_FORMATS, PARTNER_KINDS } from '../../../src/vocabulary/content-model.ts';

/** The enum values of one attribute in a Strapi content-type schema under cms/src/api. */
function strapiEnum(name: string, attribute: string): string[] {
  const json: unknown = JSON.parse(readFileSync(new URL(`../../../../cms/src/api/${name}/content-types/${name}/schema.json`, import.meta.url), 'utf8'));
  const schema = z.object({ attributes: z.record(z.string(), z.object({ enum: z.array(z.string()).optional() })) }).parse(json);
  return schema.attributes[attribute]?.enum ?? [];
}

describe('the content model vocabulary mirrors the Strapi schemas', () => {
  it.each([
    ['occasion formats', OCCASION_FORMATS, 'occasion', 'format'],
    ['effort statuses', EFFORT_STATUSES, 'effort', 'effortStatus'],
    ['partner kinds', PARTNER_KINDS, 'partner', 'kind'],
    ['research call kinds', CALL_KINDS, 'research-call', 'callKind'],
  ])('%s', (_name, ours, type, attribute) => {
    expect([...ours]).toEqual(strapiEnum(type, attribute));
  });
});
