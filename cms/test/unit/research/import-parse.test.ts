import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { detectFormat, doiOf } from '../../../src/research/import/formats';
import { parseReferences, type ParsedReference } from '../../../src/research/import/parse';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../../fixtures/references', name), 'utf8');
const SEED = path.join(__dirname, '../../../seed/research-articles');

/** The seed's original studies, by title: the fixtures are the same 12 works as their publishers export them. */
const seedStudies = new Map(
  fs.readdirSync(SEED).map((file) => {
    const study = parseYaml(fs.readFileSync(path.join(SEED, file), 'utf8')).originalStudy;
    return [study.title as string, study as { authors: string[]; year: number; doi?: string; url?: string }];
  }),
);

describe('detectFormat / doiOf', () => {
  it.each([
    ['@article{x, title={T}}', 'bibtex'],
    ['TY  - JOUR\nTI  - T\nER  - ', 'ris'],
    ['[{"title":"T"}]', 'csl-json'],
    ['10.1126/science.adh2586', 'doi'],
    ['https://doi.org/10.1126/science.adh2586\ndoi:10.1787/df80bc12-en', 'doi'],
    ['Noy and Zhang wrote something', null],
  ])('%j is %s', (input, format) => expect(detectFormat(input)).toBe(format));

  it.each([['doi:10.1/x', null], ['https://dx.doi.org/10.1016/j.lrp.2009.07.003', '10.1016/j.lrp.2009.07.003'], ['10.1787/df80bc12-en.', '10.1787/df80bc12-en']])(
    'reads the DOI in %s',
    (line, doi) => expect(doiOf(line)).toBe(doi),
  );
});

describe.each(['cited-works.bib', 'cited-works.ris'])('the 12 cited works in %s', (file) => {
  const entries = parseReferences(fixture(file));
  const studies = entries.filter((e): e is ParsedReference => 'study' in e);

  it('parses all 12 with nothing missing', () => {
    expect(entries).toHaveLength(12);
    expect(entries.flatMap((e) => e.problems)).toEqual([]);
  });

  it('gives each the title, year, DOI or link and first author the seed names', () => {
    for (const { study } of studies) {
      const seed = seedStudies.get(study.title);
      expect(seed, study.title).toBeDefined();
      expect(study.year).toBe(seed!.year);
      expect(study.authors[0]!.name.replace(/ et al\.$/, '')).toBe(seed!.authors[0]!.replace(/ et al\.$/, ''));
      if (seed!.doi) expect(study.doi).toBe(seed!.doi);
      else expect(study.url).toBe(seed!.url);
    }
  });

  it('lists every author of a multi-author study, in order', () => {
    const jrc = studies.find((e) => e.study.title.startsWith('Short Food Supply Chains'))!;
    expect(jrc.study.authors.map((a) => a.name)).toEqual(seedStudies.get(jrc.study.title)!.authors);
  });
});

describe('broken and partial input', () => {
  const codes = (file: string) => parseReferences(fixture(file)).map((e) => e.problems.map((p) => p.code));

  it('names what each broken BibTeX entry lacks, entry by entry', () => {
    expect(codes('broken.bib')).toEqual([['missing_authors'], ['missing_year'], ['bare_domain'], ['unreadable']]);
  });

  it('names what each broken RIS entry lacks', () => {
    expect(codes('broken.ris')).toEqual([['missing_authors'], ['missing_title', 'missing_link']]);
  });

  it('stores a DOI without resolving it, so a DOI alone lacks authors, year and title', () => {
    const entries = parseReferences(fixture('dois.txt'));
    expect(entries.map((e) => ('study' in e ? e.study.doi : null))).toEqual(['10.1177/0149206311406265', '10.1016/j.lrp.2009.07.010']);
    expect(entries.map((e) => e.problems.map((p) => p.code))).toEqual([['missing_authors', 'missing_year', 'missing_title'], ['missing_authors', 'missing_year', 'missing_title']]);
  });

  it('says in both languages when nothing readable was pasted', () => {
    const [entry] = parseReferences('Noy och Zhang, Science, någon gång');
    expect(entry!.problems).toEqual([{ code: 'unreadable', sv: expect.stringContaining('ingen BibTeX'), en: expect.stringContaining('no BibTeX') }]);
  });

  it("keeps BibTeX's 'and others' as et al.", () => {
    const [entry] = parseReferences('@misc{r, author={Randall, Linda and others}, title={R}, year={2022}, url={https://x.example/r}}');
    expect('study' in entry! && entry.study.authors).toEqual([{ name: 'Linda Randall et al.' }]);
  });
});

describe('CSL-JSON', () => {
  it('reads an item with its container, volume, issue and pages', () => {
    const [entry] = parseReferences(fixture('new-works.json'));
    expect('study' in entry! && entry.study).toMatchObject({ year: 2025, doi: '10.1093/qje/qjae044', venue: 'The Quarterly Journal of Economics 140(2), 889–942' });
  });
});
