import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { tempProject, type TempProject } from './helpers/tempProject.ts';

const run = promisify(execFile);
const projects: TempProject[] = [];
afterAll(() => Promise.all(projects.map((p) => p.remove())));

describe('the policyforge command', () => {
  it('prints usage and exits 2 without a command', async () => {
    const result = await run('node', ['bin/policyforge.js']).catch((error) => error);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('Usage: policyforge <command> [options]');
  });

  it('builds, then finds a second build up to date without touching the output', async () => {
    const project = await tempProject();
    projects.push(project);
    const args = ['bin/policyforge.js', 'build', '--no-pdf', '--today', '2026-11-25', '--content', project.content, '--templates', project.templates, '--out', project.out];
    const first = await run('node', args);
    expect(first.stdout).toMatch(/Built \d+ files: \d+ written, 0 unchanged \(0 PDF printed, 0 reused\)/);
    const manifest = await readFile(path.join(project.out, 'manifest.json'), 'utf8');
    const second = await run('node', args);
    expect(second.stdout).toMatch(/^Up to date: nothing changed since the last build; \d+ files in .* kept/);
    expect(await readFile(path.join(project.out, 'manifest.json'), 'utf8')).toBe(manifest);
  });
});
