import { describe, expect, it } from 'vitest';
import { clientAddress, hashAddress, trustedHops } from '../../../../server/utils/client-id';

describe('clientAddress: the right-most address no trusted proxy added', () => {
  it.each([
    ['no proxy trusted: the peer, whatever the header says', '1.2.3.4', '10.0.0.1', 0, '10.0.0.1'],
    ['one proxy: the address it saw connect', '1.2.3.4', '10.0.0.1', 1, '1.2.3.4'],
    ['one proxy, a forged left-most address: still the one the proxy saw', '6.6.6.6, 1.2.3.4', '10.0.0.1', 1, '1.2.3.4'],
    ['two proxies: skips the inner one', '6.6.6.6, 1.2.3.4, 10.0.0.2', '10.0.0.1', 2, '1.2.3.4'],
    ['a chain shorter than the trusted hops: the left-most there is', '1.2.3.4', '10.0.0.1', 3, '1.2.3.4'],
    ['no header behind a proxy: the peer', undefined, '10.0.0.1', 1, '10.0.0.1'],
  ])('%s', (_what, header, peer, hops, expected) => expect(clientAddress(header, peer, hops)).toBe(expected));

  it.each([[false, 0], ['false', 0], [true, 1], ['true', 1], [2, 2], ['3', 3], ['x', 0], [-1, 0]])('trustedHops(%j) = %i', (setting, hops) => expect(trustedHops(setting)).toBe(hops));

  it('pseudonyms are the same in every process that shares the key, and differ between keys', () => {
    expect(hashAddress('1.2.3.4', 'k1')).toBe(hashAddress('1.2.3.4', 'k1'));
    expect(hashAddress('1.2.3.4', 'k1')).not.toBe(hashAddress('1.2.3.4', 'k2'));
    expect(hashAddress('1.2.3.4', 'k1')).toMatch(/^[0-9a-f]{32}$/);
  });
});
