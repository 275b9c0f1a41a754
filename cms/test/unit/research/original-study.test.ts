import { describe, expect, it } from 'vitest';
import { isBareDomain, studyLink, studyProblems } from '../../../src/research/original-study';

const complete = { authors: [{ name: 'David J. Teece' }], year: 2010, title: 'Business Models', doi: '10.1016/j.lrp.2009.07.003', url: null };
const codes = (study: object) => studyProblems({ ...complete, ...study }).map((p) => p.code);

describe('studyProblems', () => {
  it('accepts a complete study', () => expect(codes({})).toEqual([]));

  it.each([
    [{ authors: [] }, ['missing_authors']],
    [{ authors: [{ name: '  ' }] }, ['missing_authors']],
    [{ year: null }, ['missing_year']],
    [{ title: '' }, ['missing_title']],
    [{ doi: null }, ['missing_link']],
    [{ doi: 'doi.org/10.1' }, ['invalid_doi']],
    [{ doi: null, url: 'https://www.oecd.org' }, ['bare_domain']],
    [{ doi: null, url: 'https://www.oecd.org/' }, ['bare_domain']],
    [{ doi: null, url: 'ftp://x.example/study.pdf' }, ['invalid_url']],
    [{ doi: null, url: 'not a url' }, ['invalid_url']],
  ])('%j → %j', (study, expected) => expect(codes(study)).toEqual(expected));

  it('accepts a deep link instead of a DOI', () => expect(codes({ doi: null, url: 'https://pts.se/sv/dokument/rapporter/post/2022/x/' })).toEqual([]));

  it('says what is wrong in Swedish and English', () => {
    expect(studyProblems({ ...complete, authors: [] })[0]).toMatchObject({ sv: 'Originalstudien saknar författare.', en: 'The original study has no authors.' });
  });
});

describe('isBareDomain / studyLink', () => {
  it.each([['https://nordregio.org', true], ['https://nordregio.org/?p=1', false], ['https://nordregio.org/publications/x', false]])('%s → %s', (url, bare) => {
    expect(isBareDomain(new URL(url))).toBe(bare);
  });

  it('prefers the deep link, else the DOI resolver', () => {
    expect(studyLink({ doi: '10.1/x', url: 'https://a.example/s' })).toBe('https://a.example/s');
    expect(studyLink({ doi: '10.1/x', url: null })).toBe('https://doi.org/10.1/x');
  });
});
