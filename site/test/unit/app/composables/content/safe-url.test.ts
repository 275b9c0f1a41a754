import { describe, expect, it } from 'vitest';
import { safeUrl } from '~/composables/content/safe-url';

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
    ['relative/path', null],
  ])('%s → %s', (input, output) => {
    expect(safeUrl(input)).toBe(output);
  });
});
