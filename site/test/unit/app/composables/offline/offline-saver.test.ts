import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { INLINE_SCRIPTS } from '../../../../../app/composables/content/inline-scripts';
import { OFFLINE_ASSETS } from '../../../../../app/composables/offline/offline-assets';
import { OFFLINE_SAVER } from '../../../../../app/composables/offline/offline-saver';

const worker = readFileSync(new URL('../../../../../public/sw.js', import.meta.url), 'utf8');
const constant = (source: string, pattern: RegExp) => pattern.exec(source)?.[1];

describe('the offline saver', () => {
  it('is small: at most 2 KB gzip', () => {
    const bytes = gzipSync(OFFLINE_SAVER, { level: 9 }).byteLength;
    console.log(`offline saver: ${OFFLINE_SAVER.length} B, ${bytes} B gzip`);
    expect(bytes).toBeLessThanOrEqual(2048);
  });

  it('is one of the inline scripts the CSP hashes, and valid JavaScript', () => {
    expect(Object.values(INLINE_SCRIPTS)).toContain(OFFLINE_SAVER);
    expect(() => new Function(OFFLINE_SAVER)).not.toThrow();
  });

  it('fills the cache and manifest entry the service worker serves', () => {
    expect(constant(OFFLINE_SAVER, /C = '([^']+)'/)).toBe(constant(worker, /const CACHE = '([^']+)'/));
    expect(constant(OFFLINE_SAVER, /M = '([^']+)'/)).toBe(constant(worker, /const MANIFEST = '([^']+)'/));
    expect(OFFLINE_SAVER).toContain("register('/sw.js', { scope: '/' })");
  });

  it('stores the offline page the worker falls back to, in both languages', () => {
    expect(OFFLINE_ASSETS).toEqual(expect.arrayContaining(['/offline', '/en/offline']));
    expect(worker).toContain("locale === 'en' ? '/en/offline' : '/offline'");
  });
});
