import { describe, expect, it } from 'vitest';
import { decodeDoneFlash, decodeFormFlash, encodeDoneFlash, encodeFormFlash } from '#shared/occasions/flash';
import { boundedValues, checkSignup, SignupBodySchema } from '#shared/occasions/signup';

const PLACES = ['overkalix', 'kalix', 'outside'];
const good = { name: 'Anna Berg', email: 'anna@example.se', phone: '', municipality: 'overkalix', consent: true };

describe('checkSignup', () => {
  it('passes a complete sign-up (phone optional, outside the region allowed)', () => {
    expect(checkSignup(good, PLACES)).toEqual({});
    expect(checkSignup({ ...good, municipality: 'outside', phone: '+46 70-123 45 67' }, PLACES)).toEqual({});
  });

  it.each([
    ['everything missing', { name: '', email: '', phone: '', municipality: '', consent: false }, { name: 'required', email: 'required', municipality: 'required', consent: 'required' }],
    ['a bad e-mail', { ...good, email: 'anna@' }, { email: 'invalid' }],
    ['a bad phone', { ...good, phone: 'call me' }, { phone: 'invalid' }],
    ['an unknown municipality', { ...good, municipality: 'stockholm' }, { municipality: 'invalid' }],
    ['a name too long', { ...good, name: 'x'.repeat(121) }, { name: 'invalid' }],
  ])('%s', (_, input, errors) => {
    expect(checkSignup(input, PLACES)).toEqual(errors);
  });
});

describe('SignupBodySchema', () => {
  it('reads a form post: trims, ticks, empty fields', () => {
    expect(SignupBodySchema.parse({ locale: 'en', occasion: 'ai-fika', name: ' Anna ', consent: 'yes' }))
      .toEqual({ locale: 'en', occasion: 'ai-fika', name: 'Anna', email: '', phone: '', municipality: '', consent: true });
  });

  it.each([[{ locale: 'de', occasion: 'x' }], [{ locale: 'sv', occasion: '../x' }], [{ locale: 'sv', occasion: 'x', name: ['a', 'b'] }]])('refuses %j', (body) => {
    expect(SignupBodySchema.safeParse(body).success).toBe(false);
  });
});

describe('flash cookies', () => {
  it('round-trip the form with its errors, cut to the form\'s lengths', () => {
    const values = boundedValues({ ...good, name: 'Å'.repeat(300) });
    const flash = { occasion: 'ai-fika', values, errors: { name: 'invalid' as const }, problem: null };
    expect(values.name).toHaveLength(120);
    expect(decodeFormFlash(encodeFormFlash(flash))).toEqual(flash);
  });

  it('round-trip the outcome', () => {
    const flash = { occasion: 'ai-fika', status: 'waitlisted' as const, position: 2, cancelToken: 'abcdefghijklmnop0123' };
    expect(decodeDoneFlash(encodeDoneFlash(flash))).toEqual(flash);
  });

  it.each([undefined, '', 'not-base64!', Buffer.from('{"occasion":1}').toString('base64url')])('read %j as no flash', (value) => {
    expect(decodeFormFlash(value)).toBeNull();
    expect(decodeDoneFlash(value)).toBeNull();
  });
});
