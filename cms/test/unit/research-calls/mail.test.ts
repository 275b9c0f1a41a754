import { describe, expect, it } from 'vitest';
import { composeAnswerMail } from '../../../src/research-calls/mail';

describe('the answer confirmation mail', () => {
  const input = { name: 'Anna <b>', title: 'Intervju & test', contactEmail: 'r@example.org', callUrl: 'https://x.se/forskning/medverka/a', deleteUrl: 'https://x.se/forskning/medverka/radera?token=abc' };

  it.each(['sv', 'en'] as const)('carries the delete link and the researcher’s address in text and HTML, %s', (locale) => {
    const mail = composeAnswerMail({ ...input, locale });
    expect(mail.subject).toBe(`${locale === 'sv' ? 'Ditt svar' : 'Your answer'}: Intervju & test`);
    expect(mail.text).toContain(input.deleteUrl);
    expect(mail.text).toContain(input.contactEmail);
    expect(mail.html).toContain(`href="https://x.se/forskning/medverka/radera?token=abc"`);
    expect(mail.html).toContain('Anna &#60;b&#62;');
    expect(mail.html).toContain(`lang="${locale}"`);
  });
});
