import { createError } from 'h3';
import { describe, expect, it } from 'vitest';
import { errorCode, formErrorContext, formErrorPageUrl, jsonErrorBody } from '../../../../server/utils/error-response';
import { formError, invalidForm } from '../../../../server/utils/form-errors';

const host = 'site.example';

describe('errorCode / jsonErrorBody (API clients)', () => {
  it.each([
    ['a form error keeps its code', formError('body_too_large', 'too big'), 413, 'body_too_large'],
    ['rate_limited with its wait', formError('rate_limited', 'wait', { retryAfterS: 30 }), 429, 'rate_limited'],
    ['invalid_form', invalidForm('q.x: unknown question'), 400, 'invalid_form'],
    ['a 404 without a code', createError({ statusCode: 404, message: 'guide not found' }), 404, 'not_found'],
    ['a code that is not snake_case is not echoed', createError({ statusCode: 400, message: 'x', data: { code: 'Bad Code!' } }), 400, 'bad_request'],
    ['an unknown status', createError({ statusCode: 418, message: 'teapot' }), 418, 'internal'],
  ])('%s', (_name, error, status, code) => {
    expect(errorCode(error)).toBe(code);
    expect(jsonErrorBody(error)).toEqual({ error: { status, code, message: error.message } });
  });

  it('never sends a bug\'s own message', () => {
    const bug = Object.assign(createError({ statusCode: 500, message: 'secret stack detail', data: { code: 'db_password_wrong' } }), { unhandled: true });
    expect(jsonErrorBody(bug)).toEqual({ error: { status: 500, code: 'internal', message: 'Server Error' } });
  });
});

describe('formErrorContext (language and way back of the error page)', () => {
  it.each([
    ['the form\'s own locale field wins', { locale: 'en' }, 'http://site.example/behovskoll', { locale: 'en', back: '/behovskoll' }],
    ['else the language of the page it was posted from', {}, 'http://site.example/en/learning-paths/x?path=1', { locale: 'en', back: '/en/learning-paths/x?path=1' }],
    ['a Swedish page', { locale: 'xx' }, 'http://site.example/larstigar/x', { locale: 'sv', back: '/larstigar/x' }],
    ['/en alone', undefined, 'http://site.example/en', { locale: 'en', back: '/en' }],
    ['a path that only starts with "en"', undefined, 'http://site.example/engelska', { locale: 'sv', back: '/engelska' }],
    ['another site\'s page is never the way back', { locale: 'en' }, 'https://evil.example/en/x', { locale: 'en', back: '/en' }],
    ['no Referer', undefined, undefined, { locale: 'sv', back: '/' }],
  ])('%s', (_name, data, referer, expected) => expect(formErrorContext(data, referer, host)).toEqual(expected));
});

describe('formErrorPageUrl', () => {
  it.each([
    ['body_too_large', 'sv', '/behovskoll', '/formularfel?code=body_too_large&back=%2Fbehovskoll'],
    ['rate_limited', 'en', '/en/needs-check', '/en/form-error?code=rate_limited&back=%2Fen%2Fneeds-check'],
    [null, 'en', '/en', '/en/form-error?back=%2Fen'],
  ] as const)('%s in %s', (code, locale, back, expected) => expect(formErrorPageUrl(code, locale, back)).toBe(expected));
});
