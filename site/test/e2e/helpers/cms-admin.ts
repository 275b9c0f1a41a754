// An editor's actions through the admin API live in scripts/src/lib (the site benchmark publishes through them too).
export { articleEditor, articleFields } from '../../../../scripts/src/lib/cms-admin.ts';
