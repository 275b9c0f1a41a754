import { describe, expect, it } from 'vitest';
import { createSupervisor } from '../../src/lib/supervisor.ts';
import { alive } from '../support/process.ts';

/** A child that starts a grandchild and prints its pid, like `npx strapi` starting node. */
const PARENT = `const c=require('child_process').spawn(process.execPath,['-e','setInterval(()=>{},1000)'],{stdio:'ignore'});console.log('grandchild', c.pid);setInterval(()=>{},1000);`;

describe('supervisor', () => {
  it('stops every child and grandchild', async () => {
    const lines: string[] = [];
    const supervisor = createSupervisor((line) => lines.push(line));
    const service = supervisor.start({ name: 'svc', command: process.execPath, args: ['-e', PARENT], cwd: process.cwd() });
    await expect.poll(() => lines.find((l) => l.includes('grandchild')), { timeout: 5000 }).toBeTruthy();
    const grandchild = Number(lines.find((l) => l.includes('grandchild'))?.split(' ').pop());
    expect(alive(grandchild)).toBe(true);
    await supervisor.stopAll(2000);
    expect(service.alive()).toBe(false);
    await expect.poll(() => alive(grandchild), { timeout: 3000 }).toBe(false);
  });

  it('reports the first service that dies on its own', async () => {
    const supervisor = createSupervisor(() => {});
    supervisor.start({ name: 'long', command: process.execPath, args: ['-e', 'setInterval(()=>{},1000)'], cwd: process.cwd() });
    supervisor.start({ name: 'crashes', command: process.execPath, args: ['-e', 'process.exit(3)'], cwd: process.cwd() });
    const { service, code } = await supervisor.firstUnexpectedExit();
    expect(service.name).toBe('crashes');
    expect(code).toBe(3);
    await supervisor.stopAll(2000);
  });
});
