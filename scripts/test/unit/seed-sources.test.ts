import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchableSchemaFiles, seedSourceKey } from '../../src/bench/seed-sources.ts';

let cms: string;
const write = (relative: string, content: unknown) => {
  const file = path.join(cms, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
};

beforeEach(() => {
  cms = fs.mkdtempSync(path.join(os.tmpdir(), 'kn-seed-sources-'));
  write('src/api/research-article/content-types/research-article/schema.json', {
    attributes: { title: { type: 'string' }, topics: { type: 'relation', target: 'api::topic.topic' }, takeaways: { type: 'component', component: 'content.takeaway' }, cover: { type: 'media' }, author: { type: 'relation', target: 'admin::user' } },
  });
  write('src/api/topic/content-types/topic/schema.json', { info: { pluralName: 'topics' }, attributes: { articles: { type: 'relation', target: 'api::research-article.research-article' } } });
  write('src/components/content/takeaway.json', { attributes: { text: { type: 'text' } } });
  write('src/api/needs-answer/content-types/needs-answer/schema.json', { attributes: { score: { type: 'integer' } } });
  write('seed/topics/ai.yaml', 'name: AI\n');
  write('seed/needs/questions/size.yaml', 'key: size\n');
  write('src/seed/synthetic.ts', 'export {};\n');
});
afterEach(() => fs.rmSync(cms, { recursive: true, force: true }));

describe('seed sources of the benchmark cache', () => {
  it('walks from the searchable types to the types and components they point to, and no further', () => {
    expect(searchableSchemaFiles(cms).map((file) => path.relative(cms, file))).toEqual([
      'src/api/research-article/content-types/research-article/schema.json',
      'src/api/topic/content-types/topic/schema.json',
      'src/components/content/takeaway.json',
    ]);
  });

  it('keeps its key when other features change, and changes it with searchable schemas, their seed files or the generator', () => {
    const key = seedSourceKey(cms);
    write('src/api/needs-answer/content-types/needs-answer/schema.json', { attributes: { score: { type: 'decimal' } } });
    write('src/api/needs-check/content-types/needs-check/schema.json', { attributes: {} });
    write('seed/needs/questions/size.yaml', 'key: size\nlabel: Storlek\n');
    write('src/seed/index.ts', 'export const loadNeeds = true;\n');
    expect(seedSourceKey(cms)).toBe(key);
    write('src/components/content/takeaway.json', { attributes: { text: { type: 'string' } } });
    const changed = seedSourceKey(cms);
    expect(changed).not.toBe(key);
    write('seed/topics/ai.yaml', 'name: Artificiell intelligens\n');
    const reseeded = seedSourceKey(cms);
    expect(reseeded).not.toBe(changed);
    write('src/seed/synthetic.ts', 'export const words = [];\n');
    expect(seedSourceKey(cms)).not.toBe(reseeded);
  });
});
