import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.ts';

/** A copy of the shipped content and templates in a temp folder, so a test can edit and build without touching the repo. */
export interface TempProject {
  root: string;
  content: string;
  templates: string;
  out: string;
  /** Runs the CLI in this project; paths default to this project's folders. */
  run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }>;
  remove(): Promise<void>;
}

/** Copies `content/` (or a fixture's content) and `templates/` into a fresh temp folder. */
export async function tempProject(options: { content?: string; templates?: string } = {}): Promise<TempProject> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'policyforge-test-'));
  const content = path.join(root, 'content');
  const templates = path.join(root, 'templates');
  await cp(options.content ?? 'content', content, { recursive: true, verbatimSymlinks: true });
  await cp(options.templates ?? 'templates', templates, { recursive: true });
  return {
    root,
    content,
    templates,
    out: path.join(root, 'dist'),
    async run(args) {
      let stdout = '';
      let stderr = '';
      const [command, ...rest] = args;
      // Defaults for the options a test does not set itself.
      const defaults: string[] = [];
      const unless = (flag: string, value: string) => (rest.includes(flag) ? [] : [flag, value]);
      defaults.push(...unless('--content', content));
      if (command !== 'verify') defaults.push(...unless('--templates', templates));
      if (command === 'build') defaults.push(...unless('--out', path.join(root, 'dist')));
      const code = await main([command!, ...rest, ...defaults], {
        stdout: { write: (text: string) => (stdout += text) },
        stderr: { write: (text: string) => (stderr += text) },
        env: {},
      });
      return { code, stdout, stderr };
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
