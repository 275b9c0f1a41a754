/**
 * `npm run count:doors`: the figures of ARCHITECTURE.md's doors, for a before/after note. Prints the stack
 * launchers (files that start a Strapi or site server), cross-workspace imports by pair (through a package name,
 * or by path), workspace cycles, source files importing test files, scripts/ reaching into cms/ internals, casts
 * in cms/src and how many files define two shapes that should have one home. Read-only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { codeFiles, crossWorkspaceImports, isTestFile, scriptsIntoCmsInternals, sourceToTestImports, workspaceCycles } from './lib/doors.ts';
import { ROOT as HERE } from './lib/paths.ts';

// `-- <folder>`: count another checkout (e.g. main's tree, for a before/after note).
const ROOT = path.resolve(process.argv[2] ?? HERE);
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const files = codeFiles(ROOT);
const matching = (pattern: RegExp, among = files) => among.filter((file) => pattern.test(read(file)));
const list = (items: string[]) => items.map((item) => `    ${item}`).join('\n');

// A server start: Strapi's CLI with `start`/`develop` handed to a spawn, or the site's production entry.
const strapiServer = (text: string) => /STRAPI_BIN/.test(text) && /'(start|develop)'/.test(text) && /(\.start\(\{|spawn\()/.test(text);
const launchers = files.filter((file) => { const text = read(file); return strapiServer(text) || /\[SITE_ENTRY\]|SITE_ENTRY\]/.test(text); });
console.log(`Stack launchers (files that spawn a Strapi or site server): ${launchers.filter((f) => !isTestFile(f) || f.includes('/setup/')).length} outside single tests, ${launchers.length} in all`);
console.log(list(launchers.map((f) => `${f}${isTestFile(f) && !f.includes('/setup/') ? '  (a test that starts its own, e.g. in production mode)' : ''}`)));

const edges = crossWorkspaceImports(ROOT);
const pairs = new Map<string, { door: number; path: number; testDoor: number; testPath: number }>();
for (const edge of edges) {
  const key = `${edge.fromWorkspace} → ${edge.toWorkspace}`;
  const row = pairs.get(key) ?? { door: 0, path: 0, testDoor: 0, testPath: 0 };
  const test = isTestFile(edge.from);
  if (edge.door) row[test ? 'testDoor' : 'door'] += 1;
  else row[test ? 'testPath' : 'path'] += 1;
  pairs.set(key, row);
}
console.log('\nCross-workspace imports (statements) by pair:');
console.table(Object.fromEntries([...pairs].sort().map(([key, row]) => [key, { 'source, by name': row.door, 'source, by path': row.path, 'tests, by name': row.testDoor, 'tests, by path': row.testPath }])));

const cycles = workspaceCycles(edges);
console.log(`Workspace cycles (non-test files): ${cycles.length}`);
if (cycles.length) console.log(list(cycles));

const toTests = sourceToTestImports(ROOT);
console.log(`Source files importing a test file: ${toTests.length}`);
if (toTests.length) console.log(list(toTests.map((e) => `${e.from} → ${e.to}`)));

const internals = scriptsIntoCmsInternals(edges, ROOT);
console.log(`scripts/ → cms/ internals (not cms/src/cli.ts): ${internals.length}`);
if (internals.length) console.log(list(internals));

const cmsSource = files.filter((f) => f.startsWith('cms/src/'));
const count = (pattern: RegExp) => cmsSource.reduce((n, f) => n + (read(f).match(pattern)?.length ?? 0), 0);
console.log(`\nCasts in cms/src: ${count(/\bas never\b/g)} \`as never\`, ${count(/\bas unknown as\b/g)} \`as unknown as\``);

const nonTest = files.filter((f) => !isTestFile(f));
const uid = matching(/['"]api::research-article\.research-article['"]/, nonTest);
const locales = matching(/\[\s*['"]sv['"]\s*,\s*['"]en['"]\s*\]/, nonTest.filter((f) => !f.endsWith('count-doors.ts')));
console.log('Definitions per shape (non-test files writing it out):');
console.log(`  the research-article UID literal: ${uid.length}\n${list(uid)}`);
console.log(`  the locale list (sv, en) as an array literal: ${locales.length}\n${list(locales)}`);
