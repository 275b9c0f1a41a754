import fs from 'node:fs';
import readline from 'node:readline';
import { z } from 'zod';
import { CONTENT_TYPES } from '../../lib/content-types';

/** The types an archive can bring in row by row: self-contained items (paths point to other items). */
export const IMPORT_TYPES = {
  'research-article': CONTENT_TYPES.researchArticle,
  guide: CONTENT_TYPES.guide,
  'course-module': CONTENT_TYPES.courseModule,
} as const;

const Data = z.record(z.string(), z.unknown());

/**
 * One line of an import file (NDJSON): an item in Swedish and, optionally, English, each locale's `data` as the
 * Content API takes it. `slug` (the Swedish one) identifies the item, so importing a file twice creates nothing new.
 */
export const ImportRowSchema = z.object({
  type: z.enum(Object.keys(IMPORT_TYPES) as [keyof typeof IMPORT_TYPES, ...(keyof typeof IMPORT_TYPES)[]]),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug: lower-case letters, digits and single hyphens'),
  sv: Data,
  en: Data.optional(),
});
export type ImportRow = z.infer<typeof ImportRowSchema>;

/** A line of the source: its 1-based number (what an error report names) and its text. */
export interface SourceLine {
  line: number;
  text: string;
}

export type ParsedLine = { ok: true; line: number; row: ImportRow } | { ok: false; line: number; message: string };

export function parseLine({ line, text }: SourceLine): ParsedLine {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, line, message: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = ImportRowSchema.safeParse(json);
  return parsed.success ? { ok: true, line, row: parsed.data } : { ok: false, line, message: z.prettifyError(parsed.error).replace(/\n/g, '; ') };
}

/** The non-blank lines of an NDJSON file, streamed (an archive of any size is never held in memory). */
export async function* ndjsonLines(file: string): AsyncGenerator<SourceLine> {
  const reader = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let line = 0;
  for await (const text of reader) {
    line += 1;
    if (text.trim() !== '') yield { line, text };
  }
}
