import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where things live; every script and test harness takes paths from here. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CMS_DIR = path.join(ROOT, 'cms');
export const SEARCH_DIR = path.join(ROOT, 'search');
export const SITE_DIR = path.join(ROOT, 'site');
export const DATA_DIR = process.env.KN_DATA_DIR ? path.resolve(process.env.KN_DATA_DIR) : path.join(ROOT, 'data');
export const DEV_ENV_FILE = path.join(DATA_DIR, 'dev.env');
export const SITE_TOKEN_FILE = path.join(DATA_DIR, 'site.env');
export const SEARCH_KEY_FILE = path.join(DATA_DIR, 'search.env');

/** The newest modification time of a file or anything below a folder (0 when missing): is a build older than its sources? */
export function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(target).reduce((max, name) => Math.max(max, newestMtime(path.join(target, name))), stat.mtimeMs);
}
