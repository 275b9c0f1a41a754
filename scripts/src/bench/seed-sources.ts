import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { STRAPI_UID } from '@kunskapsnavet/search';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const strings = (value: unknown): string[] => (typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v) => typeof v === 'string') : []);

/** The components and content types one schema.json points to. */
function references(schema: unknown): { components: string[]; targets: string[] } {
  const attributes = isRecord(schema) && isRecord(schema.attributes) ? Object.values(schema.attributes).filter(isRecord) : [];
  return {
    components: attributes.flatMap((a) => [...strings(a.component), ...strings(a.components)]),
    targets: attributes.flatMap((a) => strings(a.target)),
  };
}

/** `api::topic.topic` → cms/src/api/topic/content-types/topic/schema.json; null for plugin types (admin users…). */
function contentTypeFile(cmsDir: string, uid: string): string | null {
  const match = /^api::([\w-]+)\.([\w-]+)$/.exec(uid);
  return match ? path.join(cmsDir, 'src', 'api', match[1] ?? '', 'content-types', match[2] ?? '', 'schema.json') : null;
}

/** `sections.checklist` → cms/src/components/sections/checklist.json. */
function componentFile(cmsDir: string, uid: string): string {
  const [category = '', name = ''] = uid.split('.');
  return path.join(cmsDir, 'src', 'components', category, `${name}.json`);
}

/**
 * The schema files that shape the searchable content: the four searchable types and, transitively, every
 * component and content type they point to (topics, authors, learning centres, step components…). Content
 * types nobody searchable points to are left out, so adding one does not invalidate a seeded database.
 */
export function searchableSchemaFiles(cmsDir: string): string[] {
  const seen = new Set<string>();
  const queue = Object.values(STRAPI_UID).flatMap((uid) => contentTypeFile(cmsDir, uid) ?? []);
  while (queue.length > 0) {
    const file = queue.pop() ?? '';
    if (seen.has(file) || !fs.existsSync(file)) continue;
    seen.add(file);
    const { components, targets } = references(JSON.parse(fs.readFileSync(file, 'utf8')));
    queue.push(...components.map((uid) => componentFile(cmsDir, uid)), ...targets.flatMap((uid) => contentTypeFile(cmsDir, uid) ?? []));
  }
  return [...seen].sort();
}

function files(target: string): string[] {
  if (!fs.existsSync(target)) return [];
  if (!fs.statSync(target).isDirectory()) return [target];
  return fs.readdirSync(target).sort().flatMap((name) => files(path.join(target, name)));
}

/** The seed folder (cms/seed/<pluralName>) of each content type among `schemaFiles`. */
function seedFolders(cmsDir: string, schemaFiles: readonly string[]): string[] {
  return schemaFiles.flatMap((file) => {
    const schema: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    const plural = isRecord(schema) && isRecord(schema.info) ? schema.info.pluralName : undefined;
    return typeof plural === 'string' ? [path.join(cmsDir, 'seed', plural)] : [];
  });
}

/**
 * What decides the seeded searchable content: the schemas of the searchable types and of everything they point
 * to, those types' seed folders, and the synthetic generator. Seed data and code of other features (the needs
 * check…) are left out on purpose: they do not change what is searched, and a reseed costs half an hour.
 */
export function seedSourceFiles(cmsDir: string): string[] {
  const schemas = searchableSchemaFiles(cmsDir);
  return [...schemas, ...seedFolders(cmsDir, schemas).flatMap(files), ...files(path.join(cmsDir, 'src', 'seed', 'synthetic.ts'))];
}

/**
 * A hash of the contents of seedSourceFiles(): the key of a cached seeded database. Contents, not modification
 * times, so a fresh checkout or worktree keeps its cache.
 */
export function seedSourceKey(cmsDir: string): string {
  const hash = createHash('sha256');
  for (const file of seedSourceFiles(cmsDir)) hash.update(path.relative(cmsDir, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** Newest modification time of seedSourceFiles(), for caches written before they carried a key. */
export function newestSeedSource(cmsDir: string): number {
  return Math.max(0, ...seedSourceFiles(cmsDir).map((file) => fs.statSync(file).mtimeMs));
}
