import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { tempProject, type TempProject } from './helpers/tempProject.ts';

/** One malformed input: edits applied to the minimal valid policy, and the exact lines it must produce. */
interface InvalidCase {
  description: string;
  /** CLI arguments; defaults to ["check"]. */
  command?: string[];
  /** Text replacements in content/demo/policy.yaml. */
  replace?: { from: string; to: string }[];
  /** Files written under content/demo/: text ("\\0" for a NUL byte), `{repeat, times}` for large files, `{base64}` for bytes. */
  files?: Record<string, string | { repeat: string; times: number } | { base64: string }>;
  /** Symbolic links made under content/demo/: link path -> target. */
  symlinks?: Record<string, string>;
  /** False for a refused command on content that is itself valid, which still builds. */
  buildFails?: boolean;
  /** Output lines that must appear, with the temp folder shown as "content/...". */
  expect: string[];
}

const DIR = 'test/fixtures/invalid';
const cases = readdirSync(DIR)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => ({ name: name.replace(/\.yaml$/, ''), spec: parse(readFileSync(path.join(DIR, name), 'utf8')) as InvalidCase }));

const projects: TempProject[] = [];
afterAll(async () => Promise.all(projects.map((p) => p.remove())));

async function prepare(spec: InvalidCase): Promise<TempProject> {
  const project = await tempProject({ content: 'test/fixtures/minimal/content' });
  projects.push(project);
  const dir = path.join(project.content, 'demo');
  const policyFile = path.join(dir, 'policy.yaml');
  let policy = await readFile(policyFile, 'utf8');
  for (const { from, to } of spec.replace ?? []) {
    if (!policy.includes(from)) throw new Error(`case edit does not apply: ${from}`);
    policy = policy.replace(from, to);
  }
  await writeFile(policyFile, policy);
  for (const [file, text] of Object.entries(spec.files ?? {})) {
    const target = path.join(dir, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, fileContents(text));
  }
  for (const [link, target] of Object.entries(spec.symlinks ?? {})) {
    await mkdir(path.dirname(path.join(dir, link)), { recursive: true });
    await symlink(target, path.join(dir, link));
  }
  return project;
}

function fileContents(text: NonNullable<InvalidCase['files']>[string]): string | Buffer {
  if (typeof text === 'string') return text.replace(/\\0/g, '\0');
  if ('base64' in text) return Buffer.from(text.base64, 'base64');
  return text.repeat.repeat(text.times);
}

/** Every file under a folder, with its size, so a test can tell that nothing was written. */
async function snapshot(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => !e.isDirectory()).map((e) => path.join(e.parentPath, e.name)).sort();
  return Promise.all(files.map(async (file) => `${path.relative(dir, file)} ${(await stat(file).catch(() => undefined))?.size ?? 'link'}`));
}

/** Generous against a check that takes well under a second: it catches a hang or a runaway parse, not a slow machine. */
const QUICKLY_MS = 5_000;

describe('malformed input gives located messages, exit 1 and writes nothing', () => {
  it('has the cases', () => expect(cases.length).toBeGreaterThanOrEqual(40));

  for (const { name, spec } of cases) {
    it(`${name}: ${spec.description}`, async () => {
      const project = await prepare(spec);
      const show = (text: string) => text.split(project.root + path.sep).join('');
      const before = await snapshot(project.root);
      const started = performance.now();
      const result = await project.run(spec.command ?? ['check']);
      const elapsed = performance.now() - started;
      const output = show(result.stdout + result.stderr);
      expect(result.code, output).toBe(1);
      expect(elapsed).toBeLessThan(QUICKLY_MS);
      expect(await snapshot(project.root)).toEqual(before);
      for (const line of spec.expect) expect(output, output).toContain(line);

      if (spec.buildFails === false) return;
      const build = await project.run(['build', '--no-pdf', '--today', '2026-01-01']);
      expect(build.code).toBe(1);
      await expect(stat(project.out)).rejects.toThrow();
    });
  }
});
