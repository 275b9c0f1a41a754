import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureDevSecrets, parseEnv } from '../../src/lib/env-file.ts';

describe('parseEnv', () => {
  it.each([
    ['plain', 'A=1\nB=two', { A: '1', B: 'two' }],
    ['comments and blanks', '# x\n\nA=1\n  # y', { A: '1' }],
    ['quotes removed', 'A="x y"\nB=\'z\'', { A: 'x y', B: 'z' }],
    ['equals inside value', 'URL=postgres://u:p@h/db?a=b', { URL: 'postgres://u:p@h/db?a=b' }],
    ['no key', '=oops\nJUNK', {}],
  ])('%s', (_name, text, expected) => expect(parseEnv(text)).toEqual(expected));
});

describe('ensureDevSecrets', () => {
  it('generates once and keeps the values on the next call', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kn-env-')), 'dev.env');
    const first = ensureDevSecrets(file);
    expect(first.APP_KEYS.split(',')).toHaveLength(4);
    expect(first.MEILI_MASTER_KEY.length).toBeGreaterThanOrEqual(16);
    expect(ensureDevSecrets(file)).toEqual(first);
  });

  it('adds a missing key without touching the others', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kn-env-')), 'dev.env');
    fs.writeFileSync(file, 'JWT_SECRET=mine\n');
    const secrets = ensureDevSecrets(file);
    expect(secrets.JWT_SECRET).toBe('mine');
    expect(parseEnv(fs.readFileSync(file, 'utf8')).JWT_SECRET).toBe('mine');
    expect(secrets.ADMIN_JWT_SECRET).toBeTruthy();
  });
});
