import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths.ts';

/**
 * The import graph between the workspaces, read from the source text (no compiler): enough to check the doors
 * ARCHITECTURE.md allows (scripts/test/unit/architecture.test.ts) and to count them (`npm run count:doors`).
 */
export const WORKSPACES = ['search', 'needs', 'cms', 'site', 'scripts'] as const;
export type Workspace = (typeof WORKSPACES)[number];

/** Build output, generated declarations and dependencies are not the code's own imports. */
const SKIP = new Set(['node_modules', 'dist', 'types', '.nuxt', '.output', '.strapi', '.cache', '.tmp', 'build', 'coverage', 'results', 'data']);
const CODE = /\.(ts|mts|tsx|js|mjs|vue)$/;
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

export interface ImportEdge {
  /** Repository-relative paths. */
  from: string;
  specifier: string;
  /** Resolved repository-relative path for a relative specifier; the package name for `@kunskapsnavet/*`. */
  to: string;
  fromWorkspace: Workspace;
  toWorkspace: Workspace;
  /** Through the package's name (an entry in its package.json `exports`), not a path into its folders. */
  door: boolean;
}

/** A test, a test helper or setup, or a test runner's config: under a `test/` folder, `*.test.*`, `vitest*.config.*`. */
export function isTestFile(file: string): boolean {
  return file.split('/').includes('test') || /\.test\.\w+$/.test(file) || /(^|\/)vitest[\w.-]*\.config\.\w+$/.test(file);
}

export function workspaceOf(file: string): Workspace | undefined {
  const first = file.split('/')[0];
  return WORKSPACES.find((w) => w === first);
}

export function codeFiles(root = ROOT): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || SKIP.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (CODE.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(path.relative(root, full));
    }
  };
  for (const workspace of WORKSPACES) walk(path.join(root, workspace));
  return files.sort();
}

export function specifiers(text: string): string[] {
  return [...text.matchAll(SPECIFIER)].map((m) => m[1] ?? '');
}

/** A type import of the CMS's generated declarations (cms/types/cli, see cms/tsconfig.cli.json) uses the source they declare. */
function sourceOf(file: string): string {
  const declared = /^cms\/types\/cli\/(src\/.+)\.js$/.exec(file)?.[1];
  return declared ? `cms/${declared}.ts` : file;
}

/** Every import of one workspace's file into another workspace (relative paths and `@kunskapsnavet/*` names). */
export function crossWorkspaceImports(root = ROOT): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const from of codeFiles(root)) {
    const fromWorkspace = workspaceOf(from);
    if (!fromWorkspace) continue;
    for (const specifier of specifiers(fs.readFileSync(path.join(root, from), 'utf8'))) {
      const named = /^@kunskapsnavet\/(\w+)/.exec(specifier)?.[1];
      const to = specifier.startsWith('.') ? sourceOf(path.relative(root, path.resolve(root, path.dirname(from), specifier))) : specifier;
      const toWorkspace = named ? workspaceOf(named) : specifier.startsWith('.') ? workspaceOf(to) : undefined;
      if (!toWorkspace || toWorkspace === fromWorkspace) continue;
      edges.push({ from, specifier, to, fromWorkspace, toWorkspace, door: Boolean(named) });
    }
  }
  return edges;
}

/** Imports of test files by files that are not tests (relative imports only; tests have no package names). */
export function sourceToTestImports(root = ROOT): { from: string; to: string }[] {
  const found: { from: string; to: string }[] = [];
  for (const from of codeFiles(root).filter((file) => !isTestFile(file))) {
    for (const specifier of specifiers(fs.readFileSync(path.join(root, from), 'utf8'))) {
      if (!specifier.startsWith('.')) continue;
      const to = path.relative(root, path.resolve(root, path.dirname(from), specifier));
      if (isTestFile(to)) found.push({ from, to });
    }
  }
  return found;
}

/** Workspace cycles in the graph of non-test files: each as `a → b → a`. */
export function workspaceCycles(edges: ImportEdge[]): string[] {
  const arrows = new Map<Workspace, Set<Workspace>>();
  for (const edge of edges.filter((e) => !isTestFile(e.from))) {
    arrows.set(edge.fromWorkspace, (arrows.get(edge.fromWorkspace) ?? new Set()).add(edge.toWorkspace));
  }
  const cycles = new Set<string>();
  const visit = (node: Workspace, trail: Workspace[]) => {
    for (const next of arrows.get(node) ?? []) {
      const at = trail.indexOf(next);
      if (at >= 0) {
        const loop = trail.slice(at);
        const start = loop.indexOf([...loop].sort()[0] as Workspace);
        cycles.add([...loop.slice(start), ...loop.slice(0, start), loop[start]].join(' → '));
      } else visit(next, [...trail, next]);
    }
  };
  for (const workspace of WORKSPACES) visit(workspace, [workspace]);
  return [...cycles].sort();
}

/** The one file of cms/ that scripts/ may use (compiled to cms/dist/src/cli.js). */
export const CMS_ENTRY = 'cms/src/cli.ts';

/** scripts/ files reaching into cms/ other than through its CLI entry: `from → to`. */
export function scriptsIntoCmsInternals(edges: ImportEdge[], root = ROOT): string[] {
  const byImport = edges
    .filter((e) => e.fromWorkspace === 'scripts' && e.toWorkspace === 'cms' && !isTestFile(e.from) && e.to !== CMS_ENTRY)
    .map((e) => `${e.from} → ${e.to}`);
  // Modules of the compiled CMS required by path at run time (cms/dist/src/<module>).
  const byRequire = codeFiles(root)
    .filter((file) => file.startsWith('scripts/') && !isTestFile(file))
    .flatMap((file) => [...fs.readFileSync(path.join(root, file), 'utf8').matchAll(/cmsModule<\w+>\('([^']+)'\)/g)].map((m) => `${file} → cms/dist/src/${m[1]}`));
  return [...new Set([...byImport, ...byRequire])].sort();
}

/**
 * The arrows ARCHITECTURE.md allows between workspaces, for files that are not tests: the libraries at the bottom,
 * the CMS and the site on them, the tools (scripts/) on all but the site. Tests may also use scripts/src/lib (the
 * launcher and harness) and read another workspace's constants.
 */
export const ALLOWED_ARROWS: Record<Workspace, readonly Workspace[]> = {
  search: [],
  needs: ['search'],
  cms: ['search', 'needs'],
  site: ['search', 'needs', 'scripts'],
  scripts: ['search', 'needs', 'cms'],
};

/** Workspaces used only through their package name (`@kunskapsnavet/x`, `@kunskapsnavet/x/subpath`), never by path. */
export const PACKAGE_DOORS: readonly Workspace[] = ['search', 'needs'];

/** Non-test imports that break the doors: an arrow not allowed, a library reached by path, cms/ past its CLI entry. */
export function forbiddenImports(edges: ImportEdge[]): string[] {
  return edges
    .filter((e) => !isTestFile(e.from))
    .flatMap((e) => {
      const where = `${e.from} → ${e.specifier}`;
      if (!ALLOWED_ARROWS[e.fromWorkspace].includes(e.toWorkspace)) return [`${where}: ${e.fromWorkspace} may not use ${e.toWorkspace}`];
      if (PACKAGE_DOORS.includes(e.toWorkspace) && !e.door) return [`${where}: use the package name (and its exports), not a path`];
      if (e.toWorkspace === 'cms' && e.to !== CMS_ENTRY) return [`${where}: scripts reach the CMS through ${CMS_ENTRY} only`];
      return [];
    });
}

/** The modules the browser gets (the CMS admin, the site's pages): no Node built-ins, no library main entry. */
export const BROWSER_SAFE = ['search/src/vocabulary.ts', 'search/src/vocabulary', 'search/src/urls.ts', 'needs/src'];

export function browserUnsafeImports(root = ROOT): string[] {
  return codeFiles(root)
    .filter((file) => !isTestFile(file) && BROWSER_SAFE.some((safe) => file === safe || file.startsWith(`${safe}/`)))
    .flatMap((file) =>
      specifiers(fs.readFileSync(path.join(root, file), 'utf8'))
        .filter((s) => s.startsWith('node:') || s === '@kunskapsnavet/search')
        .map((s) => `${file} → ${s}`),
    );
}
