import { describe, expect, it } from 'vitest';
import { ContactFormSchema, contactRequest } from '../../../../server/utils/needs-contact';

const form = (fields: Record<string, string>) => ContactFormSchema.parse({ contact: 'yes', contactConsent: 'yes', name: 'Anna', ...fields });

describe('contactRequest', () => {
  it.each([
    ['no consent', { contactConsent: '' }, 'missing-consent'],
    ['no name', { name: '  ', email: 'a@b.se' }, 'missing-name'],
    ['neither e-mail nor phone', {}, 'missing-reach'],
    ['a bad e-mail', { email: 'anna@' }, 'bad-email'],
    ['a bad phone', { phone: 'call me' }, 'bad-phone'],
  ])('refuses %s', (_, fields, outcome) => {
    expect(contactRequest(form(fields), 'arjeplog')).toEqual({ ok: false, outcome });
  });

  it('needs the municipality the owner named', () => {
    expect(contactRequest(form({ email: 'anna@example.se' }), null)).toEqual({ ok: false, outcome: 'missing-municipality' });
  });

  it('sends only what was given, trimmed', () => {
    expect(contactRequest(form({ email: ' anna@example.se ', phone: '', message: '' }), 'arjeplog')).toEqual({
      ok: true, request: { name: 'Anna', email: 'anna@example.se', municipality: 'arjeplog' },
    });
    expect(contactRequest(form({ phone: '+46 70-123 45 67', message: 'Kvällar' }), 'arjeplog')).toEqual({
      ok: true, request: { name: 'Anna', phone: '+46 70-123 45 67', municipality: 'arjeplog', message: 'Kvällar' },
    });
  });
});
