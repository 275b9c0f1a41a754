import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ALL_CONTENT_TYPES } from '../../../../cms/src/lib/content-types.ts';
import { CMS_DIR } from '../../../../scripts/src/lib/paths.ts';

const SchemaFile = z.object({
  info: z.object({ pluralName: z.string(), singularName: z.string() }),
  attributes: z.record(z.string(), z.object({ type: z.string(), required: z.boolean().optional(), repeatable: z.boolean().optional() }).loose()),
});

export interface PublicType {
  uid: string;
  /** REST path segment: /api/<plural>. */
  plural: string;
  /** GraphQL list and item fields: `researchArticles`, `researchArticle`. */
  gqlList: string;
  gqlItem: string;
  /** The type's human title field (`title` or `name`), where the suite writes its draft markers. */
  titleField: 'title' | 'name';
  /** What a bare draft must carry besides its title: required repeatable components, empty. */
  draftFields: Record<string, unknown[]>;
}

const camel = (kebab: string) => kebab.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** Every public content type of the CMS (cms/src/lib/content-types.ts), described from its schema.json. */
export function publicTypes(): PublicType[] {
  return ALL_CONTENT_TYPES.map((uid) => {
    const name = uid.split('.')[1] ?? '';
    const file = path.join(CMS_DIR, 'src', 'api', name, 'content-types', name, 'schema.json');
    const schema = SchemaFile.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
    const titleField = 'title' in schema.attributes ? 'title' : 'name';
    const draftFields = Object.fromEntries(Object.entries(schema.attributes).filter(([, a]) => a.type === 'component' && a.required && a.repeatable).map(([key]) => [key, []]));
    return { uid, plural: schema.info.pluralName, gqlList: camel(schema.info.pluralName), gqlItem: camel(schema.info.singularName), titleField, draftFields };
  });
}
