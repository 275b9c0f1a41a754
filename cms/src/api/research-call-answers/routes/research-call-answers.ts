/**
 * The research calls' site-facing routes. Only the site's server calls them, with its API token
 * (global::site-token). Answers have no read route at all: researchers read them in the admin.
 */
const config = (name: string) => ({ auth: false as const, policies: [{ name: 'global::site-token', config: { action: `api::research-call-answers.research-call-answers.${name}` } }] });

export default {
  routes: [
    { method: 'GET', path: '/research-call-answers/consent', handler: 'research-call-answers.consent', config: config('consent') },
    { method: 'POST', path: '/research-call-answers', handler: 'research-call-answers.create', config: config('create') },
    { method: 'POST', path: '/research-call-answers/delete', handler: 'research-call-answers.delete', config: config('delete') },
  ],
};
