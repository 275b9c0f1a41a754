import { describe, expect, it } from 'vitest';
import { sniffUpload } from '../../src/lib/upload-signature';

describe('sniffUpload', () => {
  it.each([
    ['png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'image/png'],
    ['jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg'],
    ['gif', Buffer.from('GIF89a...'), 'image/gif'],
    ['webp', Buffer.from('RIFF\0\0\0\0WEBPVP8 '), 'image/webp'],
    ['avif', Buffer.from('\0\0\0\x1cftypavif'), 'image/avif'],
    ['pdf', Buffer.from('%PDF-1.7'), 'application/pdf'],
  ])('%s', (_n, bytes, type) => expect(sniffUpload(bytes)).toBe(type));

  it.each([
    ['svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>'],
    ['svg with xml prolog', '<?xml version="1.0"?><svg>'],
    ['html', '<!doctype html><script>'],
    ['empty', ''],
    ['zip', 'PK\x03\x04'],
  ])('refuses %s', (_n, text) => expect(sniffUpload(Buffer.from(text, 'latin1'))).toBeNull());
});
