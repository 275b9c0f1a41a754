import { describe, expect, it } from 'vitest';
import {
  browserUnsafeImports, crossWorkspaceImports, forbiddenImports, isTestFile, scriptsIntoCmsInternals, sourceToTestImports, workspaceCycles,
  type ImportEdge, type Workspace,
} from '../../src/lib/doors.ts';

// The doors of ARCHITECTURE.md, checked on the tree itself: a new import across a forbidden arrow fails here.
const edges = crossWorkspaceImports();

function edge(from: string, fromWorkspace: Workspace, toWorkspace: Workspace, to: string, door = false): ImportEdge {
  return { from, specifier: door ? to : `../${to}`, to, fromWorkspace, toWorkspace, door };
}

describe('the doors between workspaces', () => {
  it('reads the imports it checks', () => {
    expect(edges.some((e) => e.fromWorkspace === 'cms' && e.toWorkspace === 'search' && e.door)).toBe(true);
    expect(edges.some((e) => e.fromWorkspace === 'scripts' && e.to === 'cms/src/cli.ts')).toBe(true);
  });

  it('has no cycle between workspaces', () => {
    expect(workspaceCycles(edges)).toEqual([]);
  });

  it('has no source file importing a test file', () => {
    expect(sourceToTestImports()).toEqual([]);
  });

  it('has only allowed arrows, libraries by package name, and scripts into the CMS through cms/src/cli.ts', () => {
    expect(forbiddenImports(edges)).toEqual([]);
    expect(scriptsIntoCmsInternals(edges)).toEqual([]);
  });

  it('keeps the browser-safe modules free of Node built-ins and of the search library main entry', () => {
    expect(browserUnsafeImports()).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('finds a cycle, and ignores one closed only by a test', () => {
    const loop = [edge('scripts/src/a.ts', 'scripts', 'site', 'site/b.ts'), edge('site/bench/c.ts', 'site', 'scripts', 'scripts/src/d.ts')];
    expect(workspaceCycles(loop)).toEqual(['scripts → site → scripts']);
    expect(workspaceCycles([loop[0]!, edge('site/test/c.ts', 'site', 'scripts', 'scripts/src/d.ts')])).toEqual([]);
  });

  it.each([
    [edge('search/src/a.ts', 'search', 'cms', 'cms/src/b.ts'), 'search may not use cms'],
    [edge('cms/src/admin/a.ts', 'cms', 'needs', 'needs/src/types.ts'), 'use the package name'],
    [edge('scripts/src/a.ts', 'scripts', 'cms', 'cms/src/seed/index.ts'), 'through cms/src/cli.ts only'],
  ])('forbids %j', (bad, reason) => {
    expect(forbiddenImports([bad]).join()).toContain(reason);
  });

  it.each([
    ['site/test/e2e/setup/global.ts', true],
    ['cms/src/seed/index.ts', false],
    ['site/vitest.hostile.config.ts', true],
    ['scripts/src/lib/stack.ts', false],
  ])('%s is a test file: %s', (file, expected) => {
    expect(isTestFile(file)).toBe(expected);
  });
});
