import { describe, expect, it } from 'vitest';
import { searchKeyUid } from '../../src/keys.ts';

describe('searchKeyUid', () => {
  it('is a version 4 UUID', () => {
    expect(searchKeyUid('content')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('is stable for a prefix and differs between prefixes', () => {
    expect(searchKeyUid('content')).toBe(searchKeyUid('content'));
    expect(searchKeyUid('content')).not.toBe(searchKeyUid('staging'));
  });
});
