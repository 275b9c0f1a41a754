import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_MAX_INDEXING_MEMORY } from '@kunskapsnavet/search/operations';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/lib/paths.ts';
import { cmsCli } from '../../src/lib/strapi-app.ts';
import {
  dockerfileBaseImages, interpolations, isSecretName, readCompose, readTopLevelEnv, workspaceEnv, type ComposeService,
} from '../support/compose.ts';

/**
 * docker-compose.yml cannot be started on this machine (no Docker engine), so it is checked statically against
 * the single sources of configuration: each workspace's .env.example (what the apps read) and the top-level
 * .env.example (what an operator sets).
 */
const compose = readCompose();
const services = Object.entries(compose.services);
const top = readTopLevelEnv();
const env = (service: ComposeService) => service.environment ?? {};

/** A one-shot job (restart "no") that another service waits for with service_completed_successfully. */
const isOneShot = (name: string) =>
  compose.services[name]?.restart === 'no' &&
  services.some(([, s]) => s.depends_on?.[name]?.condition === 'service_completed_successfully');

/** Which compose service runs the code that reads a workspace's variables. */
const CONSUMER = { cms: 'cms', site: 'site' } as const;

/** Every variable the apps read, by workspace; the site is included once site/.env.example exists. */
const appVariables = (['cms', 'search', 'site'] as const).flatMap((workspace) =>
  Object.keys(workspaceEnv(workspace) ?? {}).map((name) => ({ workspace, name })),
);

function passedBy(service: ComposeService | undefined, name: string): boolean {
  return service !== undefined && (name in env(service) || Object.values(env(service)).some((v) => interpolations(v).some((i) => i.name === name)));
}

describe('docker-compose.yml', () => {
  it('has the four services of the stack', () => {
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(['postgres', 'meilisearch', 'cms', 'site']));
  });

  it.each(services)('%s: image pinned to a version (never latest)', (_name, service) => {
    expect(service.image).toBeDefined();
    if (service.build) {
      expect(service.image).toMatch(/^kunskapsnavet\/[a-z-]+:\$\{KN_IMAGE_TAG:-[\w.-]+\}$/);
      const dockerfile = path.join(ROOT, service.build.context ?? '.', service.build.dockerfile ?? 'Dockerfile');
      for (const base of dockerfileBaseImages(dockerfile)) expect(base).toMatch(/^node:24\.\d+\.\d+-[\w-]*slim$/);
    } else {
      expect(service.image).toMatch(/:v?\d+\.\d+(\.\d+)?[\w.-]*$/);
    }
    expect(service.image).not.toMatch(/:latest$/);
  });

  it.each(services)('%s: health check (one-shot jobs excepted), restart policy, memory limit', (name, service) => {
    if (isOneShot(name)) {
      expect(service.healthcheck?.disable).toBe(true);
    } else {
      expect(service.healthcheck?.test).toBeDefined();
      expect(service.restart).toMatch(/^(unless-stopped|always)$/);
    }
    expect(service.deploy?.resources?.limits?.memory).toMatch(/^\d+[mg]$/);
  });

  it.each(services)('%s: waits for what it depends on to be healthy (or done)', (_name, service) => {
    for (const [dependency, { condition }] of Object.entries(service.depends_on ?? {})) {
      expect(condition, dependency).toBe(isOneShot(dependency) ? 'service_completed_successfully' : 'service_healthy');
    }
  });

  it('keeps data in named volumes', () => {
    const mounts = (name: string) => (compose.services[name]?.volumes ?? []).map((v) => v.split(':'));
    expect(mounts('postgres')).toContainEqual(['postgres-data', '/var/lib/postgresql/data']);
    expect(mounts('meilisearch')).toContainEqual(['meili-data', '/meili_data']);
    expect(mounts('cms').map(([, target]) => target)).toContain(env(compose.services.cms ?? {}).PUBLIC_DIR ?? '/app/data/public');
    for (const [, service] of services) {
      for (const [source] of (service.volumes ?? []).map((v) => v.split(':'))) expect(Object.keys(compose.volumes ?? {})).toContain(source);
    }
  });

  it('publishes only the site and the CMS; PostgreSQL and Meilisearch stay on an internal network', () => {
    expect(services.filter(([, s]) => s.ports?.length).map(([name]) => name).sort()).toEqual(['cms', 'site']);
    for (const name of ['postgres', 'meilisearch']) {
      for (const network of compose.services[name]?.networks ?? []) expect(compose.networks?.[network]?.internal, `${name} on ${network}`).toBe(true);
    }
  });

  it('writes no secret in the file: each comes from .env, without a default', () => {
    for (const [name, service] of services) {
      for (const [key, value] of Object.entries(env(service))) {
        if (!isSecretName(key)) continue;
        const refs = interpolations(value);
        expect(String(value), `${name}.${key}`).toMatch(/^\$\{[A-Z0-9_]+(:[-?][^}]*)?\}$/);
        expect(refs.every((r) => r.operator !== ':-' || r.fallback === ''), `${name}.${key} has a default`).toBe(true);
      }
    }
  });

  it('passes every variable the apps read in production', () => {
    expect(appVariables.length).toBeGreaterThan(20);
    for (const { workspace, name } of appVariables) {
      if (top.unused.has(name)) {
        expect(services.some(([, s]) => passedBy(s, name)), `${name} is declared unused but passed`).toBe(false);
        continue;
      }
      const passed = workspace === 'search' ? services.some(([, s]) => passedBy(s, name)) : passedBy(compose.services[CONSUMER[workspace]], name);
      expect(passed, `${workspace}/.env.example: ${name} is not passed to the ${workspace} service`).toBe(true);
    }
  });

  it('bounds Meilisearch\'s indexing memory as the local server does (search/PERFORMANCE.md)', () => {
    const [ref] = interpolations(env(compose.services.meilisearch ?? {}).MEILI_MAX_INDEXING_MEMORY);
    expect(ref?.fallback).toBe(DEFAULT_MAX_INDEXING_MEMORY);
    expect(top.assigned.MEILI_MAX_INDEXING_MEMORY).toBe(DEFAULT_MAX_INDEXING_MEMORY);
  });

  it('takes every value from .env, or documents it as fixed in .env.example', () => {
    for (const [name, service] of services) {
      for (const [key, value] of Object.entries(env(service))) {
        const refs = interpolations(value);
        if (refs.length === 0) expect(top.fixed.has(key), `${name}.${key} is fixed here but not listed as such in .env.example`).toBe(true);
        for (const ref of refs) expect(Object.keys(top.assigned), `${name}.${key} reads ${ref.name}`).toContain(ref.name);
      }
    }
  });
});

describe('.env.example (top level)', () => {
  const composeText = fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8');
  const used = new Set(interpolations(composeText).map((i) => i.name));

  it('lists every variable the apps read: to set, fixed by compose, or unused in containers', () => {
    for (const { workspace, name } of appVariables) {
      const listed = name in top.assigned || top.fixed.has(name) || top.unused.has(name) || passedUnderAlias(name);
      expect(listed, `${workspace}/.env.example: ${name} missing from .env.example`).toBe(true);
    }
  });

  it('has nothing docker-compose.yml does not use', () => {
    for (const name of Object.keys(top.assigned)) expect(used, `${name} is never read by docker-compose.yml`).toContain(name);
  });

  it('ships only example secrets, which the CMS refuses in production', () => {
    const { isWeakSecret, REQUIRED_PRODUCTION_SECRETS } = cmsCli();
    for (const name of REQUIRED_PRODUCTION_SECRETS) {
      const value = top.assigned[name];
      const weak = name === 'APP_KEYS' ? (value ?? '').split(',').every(isWeakSecret) : isWeakSecret(value);
      expect(weak, name).toBe(true);
    }
    for (const [name, value] of Object.entries(top.assigned)) {
      if (isSecretName(name) && value) expect(value, name).toMatch(/change-me/);
    }
    // Loading the compiled CLI entry (the search library, Strapi's utilities) takes seconds on a loaded machine.
  }, 60_000);
});

/** A site variable set from another .env name (NUXT_STRAPI_TOKEN ← SITE_API_TOKEN): listed via that name. */
function passedUnderAlias(name: string): boolean {
  const value = env(compose.services.site ?? {})[name];
  const refs = interpolations(value);
  return refs.length > 0 && refs.every((r) => r.name in top.assigned);
}

describe('Dockerfiles and .dockerignore', () => {
  it.each(['cms/Dockerfile', 'site/Dockerfile'])('%s: multi-stage, npm ci for one workspace, non-root runtime', (file) => {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    const stages = text.split(/^FROM /m).slice(1);
    expect(stages.length).toBeGreaterThanOrEqual(3);
    expect(text).toMatch(/npm ci --workspace @kunskapsnavet\/\w+ --omit=dev/);
    const runtime = stages.at(-1) ?? '';
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).not.toMatch(/^COPY \. /m);
  });

  it('keeps dependencies, local data and env files out of the build context', () => {
    const ignored = fs.readFileSync(path.join(ROOT, '.dockerignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['**/node_modules', 'data', '**/.env', '**/.env.*', '!**/.env.example', '.git']));
  });
});
