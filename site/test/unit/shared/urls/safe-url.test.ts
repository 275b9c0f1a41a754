import { describe, expect, it } from 'vitest';
import { safeUrl } from '#shared/urls/safe-url';

describe('safeUrl', () => {
  it.each([
    ['https://example.org/a', 'https://example.org/a'],
    ['  http://example.org ', 'http://example.org'],
    ['mailto:info@example.org', 'mailto:info@example.org'],
    ['tel:+4612345', 'tel:+4612345'],
    ['/guider/starta-webbutik', '/guider/starta-webbutik'],
    ['//evil.example', null],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,hi', null],
    ['DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', null],
    [' \tjavascript:alert(1)', null],
    ['java\nscript:alert(1)', null],
    ['vbscript:msgbox(1)', null],
    ['file:///etc/passwd', null],
    ['/\\evil.example', null],
    ['/\t/evil.example', null],
    ['https://example.org/\nx', null],
    ['relative/path', null],
  ])('%s → %s', (input, output) => {
    expect(safeUrl(input)).toBe(output);
  });
});
