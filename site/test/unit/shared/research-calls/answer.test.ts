import { describe, expect, it } from 'vitest';
import { AnswerBodySchema, checkAnswer } from '#shared/research-calls/answer';
import { decodeAnswerDone, decodeAnswerForm, encodeAnswerDone, encodeAnswerForm } from '#shared/research-calls/flash';
import { callFits } from '#shared/research-calls/match';

const ok = { name: 'Anna', email: 'anna@example.se', message: '', consent: true };

describe('research call answers', () => {
  it.each([
    ['a sound answer', ok, {}],
    ['nothing filled in', { name: '', email: '', message: '', consent: false }, { name: 'required', email: 'required', consent: 'required' }],
    ['a bad address and a long message', { ...ok, email: 'anna@', message: 'x'.repeat(2001) }, { email: 'invalid', message: 'invalid' }],
  ])('%s', (_name, input, errors) => {
    expect(checkAnswer(input)).toEqual(errors);
  });

  it('takes the form post; only a bad hidden field fails the whole post', () => {
    expect(AnswerBodySchema.parse({ locale: 'en', call: 'a-call', name: ' Anna ', consent: 'yes' })).toMatchObject({ name: 'Anna', email: '', consent: true });
    expect(AnswerBodySchema.safeParse({ locale: 'en', call: 'A CALL' }).success).toBe(false);
  });

  it('round-trips its flashes and refuses tampered ones', () => {
    const form = { call: 'a-call', values: ok, errors: { email: 'invalid' as const }, problem: null };
    expect(decodeAnswerForm(encodeAnswerForm(form))).toEqual(form);
    expect(decodeAnswerDone(encodeAnswerDone({ call: 'a-call', deleteToken: 'x'.repeat(43) }))).toEqual({ call: 'a-call', deleteToken: 'x'.repeat(43) });
    expect(decodeAnswerDone(Buffer.from('{"call":"a","deleteToken":"<script>"}').toString('base64url'))).toBeNull();
  });
});

describe('which calls fit the owner', () => {
  const reader = { municipality: 'overkalix', industry: 'tourism', size: 'sole' };
  it.each([
    ['open to anyone', { municipalities: [], industries: [], sizes: [] }, reader, true],
    ['names every answer', { municipalities: ['overkalix'], industries: ['tourism', 'food'], sizes: ['sole'] }, reader, true],
    ['another municipality', { municipalities: ['kiruna'], industries: [], sizes: [] }, reader, false],
    ['another size', { municipalities: [], industries: [], sizes: ['10_49'] }, reader, false],
    ['an industry the owner did not give', { municipalities: [], industries: ['tourism'], sizes: [] }, { ...reader, industry: null }, false],
  ])('%s', (_name, call, who, fits) => {
    expect(callFits(call, who)).toBe(fits);
  });
});
