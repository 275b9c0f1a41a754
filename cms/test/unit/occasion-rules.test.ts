import { describe, expect, it } from 'vitest';
import { occasionProblems, type OccasionFacts } from '../../src/middlewares/occasion-rules';

const ok: OccasionFacts = {
  startsAt: '2027-01-10T12:00:00Z',
  endsAt: '2027-01-10T14:00:00Z',
  signupDeadline: '2027-01-08T12:00:00Z',
  seats: 10,
  format: 'on_site',
  hasCentre: true,
  hasModule: true,
};
const paths = (o: Partial<OccasionFacts>, publishing = false) => occasionProblems({ ...ok, ...o }, publishing).map((p) => p.path);

describe('occasion rules', () => {
  it('accepts a well-formed occasion', () => expect(paths({})).toEqual([]));
  it('end after start', () => expect(paths({ endsAt: ok.startsAt })).toEqual(['endsAt']));
  it('deadline before start', () => expect(paths({ signupDeadline: ok.startsAt })).toEqual(['signupDeadline']));
  it('at least one seat', () => expect(paths({ seats: 0 })).toEqual(['seats']));
  it('a module’s on-site occasion is at a centre', () => expect(paths({ hasCentre: false })).toEqual(['learningCentre']));
  it('an online occasion needs no centre, but its link before publishing', () => {
    expect(paths({ format: 'online', hasCentre: false })).toEqual([]);
    expect(paths({ format: 'online', hasCentre: false }, true)).toEqual(['onlineUrl']);
    expect(paths({ format: 'online', hasCentre: false, onlineUrl: 'https://meet.example/x' }, true)).toEqual([]);
  });
  it('missing dates are problems, not crashes', () => expect(paths({ startsAt: null, endsAt: null, signupDeadline: null })).toEqual(['endsAt', 'signupDeadline']));
});
