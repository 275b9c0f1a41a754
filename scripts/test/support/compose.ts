import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parseEnv } from '../../src/lib/env-file.ts';
import { ROOT } from '../../src/lib/paths.ts';

/** The parts of a compose service the checks look at (docker-compose.yml is parsed, merge keys resolved). */
export interface ComposeService {
  image?: string;
  build?: { context?: string; dockerfile?: string };
  environment?: Record<string, string | number | boolean | null>;
  healthcheck?: { test?: unknown; disable?: boolean };
  depends_on?: Record<string, { condition?: string }>;
  restart?: string;
  ports?: string[];
  networks?: string[];
  volumes?: string[];
  deploy?: { resources?: { limits?: { memory?: string } } };
}
export interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
  networks?: Record<string, { internal?: boolean } | null>;
}

export function readCompose(file = path.join(ROOT, 'docker-compose.yml')): ComposeFile {
  return parse(fs.readFileSync(file, 'utf8'), { merge: true }) as ComposeFile;
}

export interface Interpolation {
  name: string;
  /** ':-' default, ':?' required, '' plain ${NAME}. */
  operator: string;
  fallback: string;
}

/** Every `${NAME…}` in a compose value (`$${…}` is an escaped dollar for the container's shell, not compose's). */
export function interpolations(value: unknown): Interpolation[] {
  const text = String(value ?? '');
  return [...text.matchAll(/(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}/g)].map((m) => ({
    name: m[1] ?? '',
    operator: m[2] ?? '',
    fallback: m[3] ?? '',
  }));
}

/** A workspace's .env.example as name → example value, or null when the workspace has none (yet). */
export function workspaceEnv(workspace: 'cms' | 'search' | 'site'): Record<string, string> | null {
  const file = path.join(ROOT, workspace, '.env.example');
  return fs.existsSync(file) ? parseEnv(fs.readFileSync(file, 'utf8')) : null;
}

export interface TopLevelEnv {
  /** NAME=value lines: what an operator sets in .env. */
  assigned: Record<string, string>;
  /** Names in the "# Set by docker-compose.yml" comment: fixed by the compose file or an image. */
  fixed: Set<string>;
  /** Names in the "# Not used by the containers:" comment: development-only settings. */
  unused: Set<string>;
}

function namesInComment(text: string, marker: string): Set<string> {
  const line = text.split('\n').find((l) => l.startsWith(`# ${marker}`)) ?? '';
  // Parenthesised text is explanation, not a list item.
  const items = line.slice(marker.length + 2).replace(/\([^)]*\)/g, '');
  return new Set(items.match(/\b[A-Z][A-Z0-9_]{2,}\b/g) ?? []);
}

export function readTopLevelEnv(file = path.join(ROOT, '.env.example')): TopLevelEnv {
  const text = fs.readFileSync(file, 'utf8');
  return { assigned: parseEnv(text), fixed: namesInComment(text, 'Set by docker-compose.yml'), unused: namesInComment(text, 'Not used by the containers:') };
}

/** Names whose values are secrets: they may only come from .env, never be written in the compose file. */
export function isSecretName(name: string): boolean {
  return /(SECRET|PASSWORD|TOKEN|SALT|KEYS?)$/.test(name) || name === 'DATABASE_URL';
}

/** FROM images of a Dockerfile, with `ARG NAME=default` substituted; stage references are left out. */
export function dockerfileBaseImages(file: string): string[] {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const args = Object.fromEntries(lines.flatMap((l) => [...l.matchAll(/^ARG\s+(\w+)=(\S+)/g)].map((m) => [m[1], m[2]])));
  const stages = new Set<string>();
  const images: string[] = [];
  for (const line of lines) {
    const m = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (!m) continue;
    const image = (m[1] ?? '').replace(/\$\{(\w+)\}/g, (_, name: string) => args[name] ?? '');
    if (!stages.has(image)) images.push(image);
    if (m[2]) stages.add(m[2]);
  }
  return images;
}
