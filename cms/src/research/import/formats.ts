/**
 * Recognises what a researcher pasted and splits it into one chunk per reference, so one broken entry is reported
 * on its own instead of failing the whole batch. Pure; the parsing itself is citation-js's (parse.ts).
 */
export type ReferenceFormat = 'bibtex' | 'ris' | 'csl-json' | 'doi';

export interface Chunk {
  format: ReferenceFormat;
  /** 1-based position in the input, for messages ("entry 3"). */
  position: number;
  text: string;
}

const BIBTEX_ENTRY = /^\s*@[a-z]+\s*[{(]/im;
const RIS_TAG = /^TY {2}- /m;
const DOI_IN_TEXT = /\b(10\.\d{4,9}\/\S+?)[.,;]?\s*$/;

/** A DOI as people paste it: bare, with "doi:", or as a doi.org address. */
export function doiOf(line: string): string | null {
  const trimmed = line.trim().replace(/^doi:\s*/i, '').replace(/^https?:\/\/(dx\.)?doi\.org\//i, '');
  const match = DOI_IN_TEXT.exec(trimmed);
  return match && match.index === 0 ? match[1]! : null;
}

function splitBibtex(text: string): string[] {
  return text.split(/(?=^\s*@[a-z]+\s*[{(])/im).filter((part) => BIBTEX_ENTRY.test(part) && !/^\s*@(comment|preamble|string)\b/i.test(part));
}

function splitRis(text: string): string[] {
  return text
    .split(/^ER {2}-.*$/m)
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => `${part}\nER  - \n`);
}

function splitCsl(text: string): string[] {
  // Re-serialised one by one so each can fail alone; a syntax error makes the whole paste one bad chunk.
  try {
    const parsed: unknown = JSON.parse(text);
    return (Array.isArray(parsed) ? parsed : [parsed]).map((item) => JSON.stringify(item));
  } catch {
    return [text];
  }
}

export function detectFormat(text: string): ReferenceFormat | null {
  const trimmed = text.trim();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) return 'csl-json';
  if (BIBTEX_ENTRY.test(trimmed)) return 'bibtex';
  if (RIS_TAG.test(trimmed)) return 'ris';
  const lines = trimmed.split(/\r?\n/).filter((line) => line.trim());
  if (lines.length > 0 && lines.every((line) => doiOf(line))) return 'doi';
  return null;
}

/** The chunks of a paste or file, or null when it is none of the formats we read. */
export function splitReferences(text: string): Chunk[] | null {
  const format = detectFormat(text);
  if (!format) return null;
  const parts =
    format === 'bibtex' ? splitBibtex(text)
    : format === 'ris' ? splitRis(text)
    : format === 'csl-json' ? splitCsl(text)
    : text.split(/\r?\n/).filter((line) => line.trim());
  return parts.map((part, i) => ({ format, position: i + 1, text: part }));
}
