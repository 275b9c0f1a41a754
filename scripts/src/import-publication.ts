/**
 * `npm run import:publication -- <file> [<file>…] [--locale sv|en]`: reads references (BibTeX, RIS, CSL-JSON or one
 * DOI per line) and creates a draft research article per complete, new study, with its original study filled in.
 * Offline: a DOI is stored, not resolved. Prints entries parsed, drafts created and what each rejected entry lacks.
 * Exit code 0 when every entry was imported, 1 when some were rejected, 2 on bad usage.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cmsEnv, ensureCmsBuilt } from './lib/cms.ts';
import { stackEnv } from './lib/dev-stack.ts';
import { cmsCli, loadStrapi } from './lib/strapi-app.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { locale: { type: 'string', default: 'sv' } } });
if (positionals.length === 0 || (values.locale !== 'sv' && values.locale !== 'en')) {
  console.error('Usage: npm run import:publication -- <file.bib|.ris|.json|.txt> [more files] [--locale sv|en]');
  process.exit(2);
}
// Paths are the caller's (npm sets INIT_CWD); read now, since loading Strapi changes the working directory.
const files = positionals.map((file) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file));
const missing = files.filter((file) => !fs.existsSync(file));
if (missing.length > 0) {
  console.error(`No such file: ${missing.join(', ')}`);
  process.exit(2);
}
const inputs = files.map((file, i) => ({ name: positionals[i]!, text: fs.readFileSync(file, 'utf8') }));

Object.assign(process.env, cmsEnv(stackEnv(), { SEED_ON_EMPTY: 'false', SEARCH_SYNC_WORKER: 'false' }));
await ensureCmsBuilt(process.env, console.log);
const strapi = await loadStrapi();
let rejectedTotal = 0;
try {
  const { importReferences } = cmsCli();
  for (const { name, text } of inputs) {
    const report = await importReferences(strapi, text, values.locale);
    rejectedTotal += report.rejected.length;
    console.log(`\n${name}: ${report.parsed} entries parsed, ${report.created.length} drafts created, ${report.rejected.length} rejected`);
    for (const draft of report.created) console.log(`  + entry ${draft.position}: draft ${draft.documentId} "${draft.title}"`);
    for (const r of report.rejected) console.log(`  - entry ${r.position} (${r.label}): ${r.problems.map((p) => p.en).join(' ')}`);
  }
} finally {
  await strapi.destroy();
}
process.exit(rejectedTotal > 0 ? 1 : 0);
