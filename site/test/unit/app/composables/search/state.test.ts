import { describe, expect, it } from 'vitest';
import { readSearchState, toSearchQuery } from '~/composables/search/state';

const none = { type: [], topic: [], level: [], industry: [], format: [], municipality: [] };

describe('readSearchState', () => {
  it.each([
    ['empty query', {}, { q: '', filters: none, page: 1, sort: 'relevance' }],
    ['text and one facet', { q: 'sälja på nätet', type: 'guide' }, { q: 'sälja på nätet', filters: { ...none, type: ['guide'] }, page: 1, sort: 'relevance' }],
    ['repeated facet values', { level: ['beginner', 'advanced', 'beginner'] }, { q: '', filters: { ...none, level: ['beginner', 'advanced'] }, page: 1, sort: 'relevance' }],
    ['page and sort', { page: '3', sort: 'newest' }, { q: '', filters: none, page: 3, sort: 'newest' }],
    ['bad page and sort fall back', { page: '-2', sort: 'random' }, { q: '', filters: none, page: 1, sort: 'relevance' }],
    ['empty and null values dropped', { q: '', topic: ['', null] }, { q: '', filters: none, page: 1, sort: 'relevance' }],
    ['first of several q', { q: ['a', 'b'] }, { q: 'a', filters: none, page: 1, sort: 'relevance' }],
    ['municipality by name', { municipality: 'Överkalix' }, { q: '', filters: { ...none, municipality: ['Överkalix'] }, page: 1, sort: 'relevance' }],
  ])('%s', (_, query, state) => {
    expect(readSearchState(query)).toEqual(state);
  });

  it('caps the text at 200 characters', () => {
    expect(readSearchState({ q: 'x'.repeat(500) }).q).toHaveLength(200);
  });
});

describe('toSearchQuery', () => {
  it.each([
    ['defaults leave nothing', readSearchState({}), {}],
    ['keeps what differs from defaults', readSearchState({ q: 'ai', topic: ['e-handel'], page: '2', sort: 'title' }), { q: 'ai', topic: ['e-handel'], page: '2', sort: 'title' }],
  ])('%s', (_, state, query) => {
    expect(toSearchQuery(state)).toEqual(query);
  });

  it('round-trips through the URL', () => {
    const query = { q: 'webbutik', type: ['guide', 'course-module'], level: ['beginner'], page: '2' };
    expect(toSearchQuery(readSearchState(query))).toEqual(query);
  });
});
