import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseHunspell, type Hunspell } from './hunspell.ts';

let cached: Hunspell | undefined;

/**
 * The Swedish Hunspell dictionary of the npm package `dictionary-sv` (LGPL-3.0, maintained by Göran
 * Andersson, packaged by wooorm/dictionaries), read from node_modules on first use: no network, and nothing is
 * loaded by code that never splits a Swedish word. The CMS's search worker and the site load it at start
 * (warmMorphology()), so that no publish or search waits for it.
 */
export function swedishDictionary(): Hunspell {
  if (cached) return cached;
  // The package exports only its index.js; the .aff and .dic files lie beside it.
  const dir = path.dirname(createRequire(import.meta.url).resolve('dictionary-sv'));
  const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');
  cached = parseHunspell(read('index.aff'), read('index.dic'));
  return cached;
}
