import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';

/** Reads and validates every `<dir>/<folder>/*.yaml`, sorted by file name; the file name must equal the item's key. */
export function readSeedFolder<T extends { key: string }>(dir: string, folder: string, schema: z.ZodType<T>): T[] {
  const folderPath = path.join(dir, folder);
  if (!fs.existsSync(folderPath)) return [];
  return fs
    .readdirSync(folderPath)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const file = path.join(folderPath, name);
      const result = schema.safeParse(parse(fs.readFileSync(file, 'utf8')));
      if (!result.success) {
        const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
        throw new Error(`Seed file ${path.relative(dir, file)} is invalid: ${problems}`);
      }
      if (result.data.key !== path.basename(name, '.yaml')) throw new Error(`Seed file ${name}: key "${result.data.key}" must match the file name`);
      return result.data;
    });
}
