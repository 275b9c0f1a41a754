import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { studyProblems, type OriginalStudy, type StudyProblem } from '../original-study';
import { doiOf, splitReferences, type Chunk, type ReferenceFormat } from './formats';

/** A CSL-JSON item, as citation-js produces it; only the fields we read, each checked before use. */
interface CslName { given?: unknown; family?: unknown; literal?: unknown }
interface CslItem {
  title?: unknown; author?: unknown; issued?: unknown; DOI?: unknown; URL?: unknown;
  'container-title'?: unknown; publisher?: unknown; volume?: unknown; issue?: unknown; page?: unknown;
}

export interface ParsedReference {
  position: number;
  format: ReferenceFormat;
  /** What the reader recognises the entry by: its title, else the start of the text. */
  label: string;
  study: OriginalStudy;
  problems: StudyProblem[];
}

export interface UnreadableReference {
  position: number;
  format: ReferenceFormat | null;
  label: string;
  problems: { code: 'unreadable'; sv: string; en: string }[];
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : null);

function nameOf(raw: CslName): string | null {
  const literal = text(raw.literal);
  if (literal) return literal;
  const full = [text(raw.given), text(raw.family)].filter(Boolean).join(' ');
  return full || null;
}

function yearOf(issued: unknown): number | null {
  const parts = (issued as { 'date-parts'?: unknown } | undefined)?.['date-parts'];
  const year = Array.isArray(parts) && Array.isArray(parts[0]) ? Number(parts[0][0]) : NaN;
  return Number.isInteger(year) ? year : null;
}

/** "Science 381(6654), 187–192": where the study appeared, with volume, issue and pages when given. */
function venueOf(item: CslItem): string | null {
  const name = text(item['container-title']) ?? text(item.publisher);
  if (!name) return null;
  const volume = text(item.volume);
  const issue = text(item.issue);
  const page = text(item.page)?.replace(/-+/, '–');
  const numbering = volume ? ` ${volume}${issue ? `(${issue})` : ''}` : '';
  return `${name}${numbering}${page ? `, ${page}` : ''}`.slice(0, 200);
}

/** Names as listed; BibTeX's "and others" becomes "et al." on the last name, as a citation would print it. */
function authorsOf(raw: unknown): { name: string }[] {
  const names = (Array.isArray(raw) ? (raw as CslName[]) : []).flatMap((a) => nameOf(a) ?? []);
  const listed = names.filter((name) => name.toLowerCase() !== 'others');
  if (listed.length > 0 && listed.length < names.length) listed[listed.length - 1] += ' et al.';
  return listed.map((name) => ({ name: name.slice(0, 160) }));
}

export function toStudy(item: CslItem): OriginalStudy {
  const authors = authorsOf(item.author);
  const doi = text(item.DOI);
  return {
    authors,
    year: yearOf(item.issued),
    title: (text(item.title) ?? '').slice(0, 300),
    venue: venueOf(item),
    doi: doi ? (doiOf(doi) ?? doi) : null,
    url: text(item.URL),
    // No export format says reliably whether a work is open access: the editor ticks it.
    openAccess: false,
  };
}

const FORCE_TYPE: Record<Exclude<ReferenceFormat, 'doi'>, string> = { bibtex: '@bibtex/text', ris: '@ris/file', 'csl-json': '@csl/list+object' };

function cslOf(chunk: Chunk): CslItem[] {
  // A DOI is stored as it is, never resolved: the import works offline and sends nothing anywhere.
  if (chunk.format === 'doi') return [{ DOI: doiOf(chunk.text) ?? chunk.text.trim() }];
  const input = chunk.format === 'csl-json' ? JSON.parse(chunk.text) : chunk.text;
  return new Cite(chunk.format === 'csl-json' && !Array.isArray(input) ? [input] : input, { forceType: FORCE_TYPE[chunk.format] }).data as CslItem[];
}

const firstLine = (s: string) => s.trim().split(/\r?\n/)[0]!.slice(0, 80);

function unreadable(position: number, format: ReferenceFormat | null, label: string, reason: { sv: string; en: string }): UnreadableReference {
  return {
    position,
    format,
    label,
    problems: [{ code: 'unreadable', sv: `Posten gick inte att läsa: ${reason.sv}`, en: `The entry could not be read: ${reason.en}` }],
  };
}

const NOTHING_FOUND = { sv: 'ingen BibTeX-, RIS- eller CSL-JSON-post och ingen DOI hittades.', en: 'no BibTeX, RIS or CSL-JSON entry and no DOI was found.' };
const EMPTY = { sv: 'posten är tom.', en: 'the entry is empty.' };
/** The parser's own words (English), with where it stopped. */
const parserSays = (error: unknown) => {
  const message = firstLine(error instanceof Error ? error.message : String(error));
  return { sv: `fel i formatet (${message}).`, en: `a format error (${message}).` };
};

/**
 * Parses BibTeX, RIS, CSL-JSON or DOI strings into studies, each with what is missing (studyProblems). Nothing is
 * written here; importReferences() decides. Every entry of the input is accounted for, readable or not.
 */
export function parseReferences(input: string): (ParsedReference | UnreadableReference)[] {
  const chunks = splitReferences(input);
  if (!chunks || chunks.length === 0) return [unreadable(1, null, firstLine(input), NOTHING_FOUND)];
  return chunks.flatMap((chunk): (ParsedReference | UnreadableReference)[] => {
    let items: CslItem[];
    try {
      items = cslOf(chunk);
    } catch (error) {
      return [unreadable(chunk.position, chunk.format, firstLine(chunk.text), parserSays(error))];
    }
    if (items.length === 0) return [unreadable(chunk.position, chunk.format, firstLine(chunk.text), EMPTY)];
    return items.map((item) => {
      const study = toStudy(item);
      const byline = study.authors[0] ? `${study.authors[0].name}${study.year ? ` ${study.year}` : ''}` : null;
      const label = study.title || study.doi || byline || firstLine(chunk.text);
      return { position: chunk.position, format: chunk.format, label, study, problems: studyProblems(study) };
    });
  });
}
