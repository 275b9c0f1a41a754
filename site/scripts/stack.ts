/**
 * `node site/scripts/stack.ts`: the e2e stack (Meilisearch + seeded Strapi + built site on free ports, throw-away
 * data) kept running until Ctrl-C, for trying the production site or debugging an e2e failure by hand.
 */
import { startStack } from '../test/e2e/setup/stack.ts';

const stack = await startStack();
console.log(`Site: ${stack.siteUrl}\nPress Ctrl-C to stop.`);
const stop = () => void stack.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
