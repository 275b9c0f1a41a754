/**
 * The original study behind a research article, and the rules Strapi's schema cannot express. Pure, shared by the
 * write-time validation (middlewares/research-article-rules.ts) and the reference import (research/import/).
 */
export interface OriginalStudy {
  authors: { name: string }[];
  year: number | null;
  title: string;
  venue: string | null;
  doi: string | null;
  url: string | null;
  openAccess: boolean;
}

/** One missing or wrong part of a study, with a stable code and a message in each language. */
export interface StudyProblem {
  field: 'authors' | 'year' | 'title' | 'link' | 'url' | 'doi';
  code: 'missing_authors' | 'missing_year' | 'missing_title' | 'missing_link' | 'bare_domain' | 'invalid_url' | 'invalid_doi';
  sv: string;
  en: string;
}

export const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;

const PROBLEMS: Record<StudyProblem['code'], Omit<StudyProblem, 'code'>> = {
  missing_authors: { field: 'authors', sv: 'Originalstudien saknar författare.', en: 'The original study has no authors.' },
  missing_year: { field: 'year', sv: 'Originalstudien saknar utgivningsår.', en: 'The original study has no year of publication.' },
  missing_title: { field: 'title', sv: 'Originalstudien saknar titel.', en: 'The original study has no title.' },
  missing_link: { field: 'link', sv: 'Originalstudien behöver en DOI eller en länk direkt till studien.', en: 'The original study needs a DOI or a link straight to the study.' },
  bare_domain: { field: 'url', sv: 'Länken går bara till en webbplats startsida; länka direkt till studien.', en: "The link only goes to a website's home page; link straight to the study." },
  invalid_url: { field: 'url', sv: 'Länken till originalstudien är inte en giltig http(s)-adress.', en: 'The link to the original study is not a valid http(s) address.' },
  invalid_doi: { field: 'doi', sv: 'DOI:n ska ha formen 10.xxxx/…', en: 'The DOI must have the form 10.xxxx/…' },
};

const problem = (code: StudyProblem['code']): StudyProblem => ({ code, ...PROBLEMS[code] });

/** A URL that points at a whole site (no path, query or fragment) says nothing about which study is meant. */
export function isBareDomain(url: URL): boolean {
  return (url.pathname === '/' || url.pathname === '') && !url.search && !url.hash;
}

function urlProblem(raw: string): StudyProblem | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return problem('invalid_url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return problem('invalid_url');
  return isBareDomain(url) ? problem('bare_domain') : null;
}

type StudyInput = { [K in keyof OriginalStudy]?: OriginalStudy[K] | null | undefined };

/** Everything missing or wrong in a study, in a stable order; empty when the study is complete. */
export function studyProblems(study: StudyInput): StudyProblem[] {
  const found: StudyProblem[] = [];
  if (!study.authors?.some((a) => a.name?.trim())) found.push(problem('missing_authors'));
  if (!study.year) found.push(problem('missing_year'));
  if (!study.title?.trim()) found.push(problem('missing_title'));
  const doi = study.doi?.trim();
  const url = study.url?.trim();
  if (doi && !DOI_PATTERN.test(doi)) found.push(problem('invalid_doi'));
  if (url) {
    const wrong = urlProblem(url);
    if (wrong) found.push(wrong);
  }
  if (!doi && !url) found.push(problem('missing_link'));
  return found;
}

/** Where a reader can read the study: the deep URL the editor gave, else the DOI's resolver address. */
export function studyLink(study: Pick<OriginalStudy, 'doi' | 'url'>): string | null {
  return study.url || (study.doi ? `https://doi.org/${study.doi}` : null);
}
