/**
 * `node site/scripts/stack.ts`: the e2e stack (Meilisearch + seeded Strapi + built site on free ports, throw-away
 * data) kept running until Ctrl-C or SIGTERM, for trying the production site, for the benchmark, and for the e2e
 * global setup, which reads the READY line. Runs in plain Node (not through vitest's transform), like `npm start`.
 */
import { startStack } from '../../scripts/src/lib/throwaway-stack.ts';

export const READY_PREFIX = 'KN_STACK_READY ';

// KN_STACK_SITE_REPLICAS=2: two site processes, both told by the CMS when content changes (their page caches).
const siteReplicas = Math.max(1, Number(process.env.KN_STACK_SITE_REPLICAS ?? 1) || 1);
const stack = await startStack((line) => console.error(line), { siteReplicas });
const described = { siteUrl: stack.siteUrl, siteUrls: stack.siteUrls, cmsUrl: stack.cmsUrl, meiliUrl: stack.meiliUrl, meiliPid: stack.meiliPid, logDir: stack.logDir };
console.log(`${READY_PREFIX}${JSON.stringify(described)}`);
console.error(`Site: ${stack.siteUrl} — press Ctrl-C to stop.`);
const stop = () => void stack.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
