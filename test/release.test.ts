import { createHash } from 'node:crypto';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashRelease } from '../src/release/hashRelease.ts';
import { tempProject, type TempProject } from './helpers/tempProject.ts';

let project: TempProject;
afterEach(async () => project?.remove());

const releases = (p: TempProject) => path.join(p.content, 'xstek/releases');
const note = (tier: string, summary: string) => `---\ntier: ${tier}\nsummary: ${summary}\n---\nDetails for auditors.\n`;

async function editRecord(p: TempProject, version: string, edit: (record: Record<string, any>) => void): Promise<void> {
  const file = path.join(releases(p), `${version}.json`);
  const record = JSON.parse(await readFile(file, 'utf8'));
  edit(record);
  await writeFile(file, `${JSON.stringify(record, null, 2)}\n`);
}

async function treeDigest(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort();
  for (const file of entries) hash.update(file).update(await readFile(file));
  return hash.digest('hex');
}

describe('verify', () => {
  it('accepts the shipped chain', async () => {
    project = await tempProject();
    const run = await project.run(['verify']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^xstek: 2 release\(s\) verified, head 2026-11-25 sha256:[0-9a-f]{64}$/m);
  });

  const edits: [string, string, (r: Record<string, any>) => void, RegExp][] = [
    ['issue date', '2024-06-18', (r) => (r.issued = '2024-06-17'), /2024-06-18\.json:\d+:\d+ error Field "issued" of release 2024-06-18 was edited after release/],
    ['a purpose in the data', '2024-06-18', (r) => (r.data.purposes[0].description = 'To do anything we like.'), /Field "data\.purposes" of release 2024-06-18 was edited/],
    ['the notice text', '2026-11-25', (r) => (r.text = r.text.replace('Right of access', 'Right to access')), /Field "text" of release 2026-11-25 was edited/],
    ['the change summary', '2026-11-25', (r) => (r.summary = 'Nothing to see.'), /Field "summary" of release 2026-11-25 was edited/],
    ['the tier', '2026-11-25', (r) => (r.tier = 'material'), /Field "tier" of release 2026-11-25 was edited/],
  ];
  for (const [what, version, edit, expected] of edits) {
    it(`names the record and field when ${what} is edited`, async () => {
      project = await tempProject();
      await editRecord(project, version, edit);
      const run = await project.run(['verify']);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(expected);
    });
  }

  it('catches an edit whose field hashes were recomputed, through the record hash and the chain', async () => {
    project = await tempProject();
    await editRecord(project, '2024-06-18', (r) => {
      r.hashes.record = `sha256:${'0'.repeat(64)}`;
    });
    const run = await project.run(['verify']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/2024-06-18\.json:\d+:\d+ error Release 2024-06-18: hashes.record does not match the record/);
    expect(run.stderr).not.toMatch(/Release 2026-11-25 does not chain/);
  });

  it('needs the recorded head to catch a newest record rewritten with fresh hashes', async () => {
    project = await tempProject();
    const head = /head 2026-11-25 (sha256:[0-9a-f]{64})/.exec((await project.run(['verify'])).stdout)![1]!;
    await editRecord(project, '2026-11-25', (r) => {
      const { hashes, ...rest } = r;
      Object.assign(r, hashRelease({ ...rest, summary: 'Nothing of note.' } as never, hashes.previous));
    });
    // Every hash is consistent again, so the chain alone cannot tell...
    expect((await project.run(['verify'])).code).toBe(0);
    // ...but the head recorded before the rewrite can.
    const run = await project.run(['verify', '--head', `xstek=${head}`]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/2026-11-25\.json:1:1 error The newest release of xstek is 2026-11-25 with record hash sha256:[0-9a-f]{64}, not the expected head sha256:[0-9a-f]{64}\. release-head-mismatch/);
  });

  it('names the record that follows a deleted one', async () => {
    project = await tempProject();
    await rm(path.join(releases(project), '2024-06-18.json'));
    const run = await project.run(['verify']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/2026-11-25\.json:\d+:\d+ error Record 2026-11-25\.json has sequence 2 where 1 was expected/);
    expect(run.stderr).toMatch(/Release 2026-11-25 points to a previous release, but it is the first record/);
  });

  it('names both records when two are swapped', async () => {
    project = await tempProject();
    const dir = releases(project);
    await rename(path.join(dir, '2024-06-18.json'), path.join(dir, 'swap.tmp'));
    await rename(path.join(dir, '2026-11-25.json'), path.join(dir, '2024-06-18.json'));
    await rename(path.join(dir, 'swap.tmp'), path.join(dir, '2026-11-25.json'));
    const run = await project.run(['verify']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Record 2024-06-18\.json holds version "2026-11-25"/);
    expect(run.stderr).toMatch(/Record 2026-11-25\.json holds version "2024-06-18"/);
  });
});

describe('release', () => {
  it('refuses an unchanged draft', async () => {
    project = await tempProject();
    await writeFile(path.join(project.content, 'xstek/changes/nothing.md'), note('editorial', 'Nothing really.'));
    const run = await project.run(['release', 'xstek', '--issued', '2026-12-01']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/The draft is the same as release 2026-11-25: nothing changed\. release-unchanged/);
    expect(await readdir(releases(project))).toEqual(['2024-06-18.json', '2026-11-25.json']);
  });

  it('refuses a draft with no change note', async () => {
    project = await tempProject();
    const policy = path.join(project.content, 'xstek/policy.yaml');
    await writeFile(policy, (await readFile(policy, 'utf8')).replace('Managing insurance claims by customers.', 'Managing insurance claims made by customers.'));
    const run = await project.run(['release', 'xstek', '--issued', '2026-12-01']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/There is no change note under changes\/.* release-no-change-note/);
  });

  it('freezes an edited draft into a chained record, consumes the note, and later edits leave it alone', async () => {
    project = await tempProject();
    const policy = path.join(project.content, 'xstek/policy.yaml');
    const original = await readFile(policy, 'utf8');
    await writeFile(policy, original.replace('Managing insurance claims by customers.', 'Managing insurance claims made by customers.'));
    await writeFile(path.join(project.content, 'xstek/changes/wording.md'), note('clarification', 'Clarifies the wording on insurance claims.'));
    const run = await project.run(['release', 'xstek', '--issued', '2026-12-01', '--effective', '2026-12-01']);
    expect(run.code, run.stderr).toBe(0);
    const record = JSON.parse(await readFile(path.join(releases(project), '2026-12-01.json'), 'utf8'));
    const previous = JSON.parse(await readFile(path.join(releases(project), '2026-11-25.json'), 'utf8'));
    expect(record).toMatchObject({ sequence: 3, tier: 'clarification', summary: 'Clarifies the wording on insurance claims.', issued: '2026-12-01' });
    expect(record.hashes.previous).toBe(previous.hashes.record);
    expect(record.text).toContain('Managing insurance claims made by customers.');
    expect((await readdir(path.join(project.content, 'xstek/changes'))).filter((name) => name.endsWith('.md'))).toEqual([]);

    const frozen = await readFile(path.join(releases(project), '2026-12-01.json'), 'utf8');
    await writeFile(policy, original.replace('Managing insurance claims by customers.', 'Handling insurance claims.'));
    const build = await project.run(['build', '--no-pdf', '--today', '2026-12-02']);
    expect(build.code, build.stderr).toBe(0);
    expect(await readFile(path.join(releases(project), '2026-12-01.json'), 'utf8')).toBe(frozen);
    expect((await project.run(['verify'])).code).toBe(0);
  });

  it('never writes into content/ when building', async () => {
    project = await tempProject();
    const before = await treeDigest(project.content);
    expect((await project.run(['build', '--no-pdf', '--today', '2026-11-25'])).code).toBe(0);
    expect(await treeDigest(project.content)).toBe(before);
  });
});

describe('latest', () => {
  it('follows the effective date', async () => {
    project = await tempProject();
    const policy = path.join(project.content, 'xstek/policy.yaml');
    await writeFile(policy, (await readFile(policy, 'utf8')).replace('Managing insurance claims by customers.', 'Managing insurance claims made by customers.'));
    await writeFile(path.join(project.content, 'xstek/changes/wording.md'), note('clarification', 'Clarifies the wording on insurance claims.'));
    expect((await project.run(['release', 'xstek', '--issued', '2026-12-01', '--effective', '2027-01-15'])).code).toBe(0);
    const latestOn = async (today: string) => {
      expect((await project.run(['build', '--no-pdf', '--today', today])).code).toBe(0);
      return JSON.parse(await readFile(path.join(project.out, 'xstek/latest/notice.json'), 'utf8')).version;
    };
    expect(await latestOn('2026-11-24')).toBe('2024-06-18');
    expect(await latestOn('2026-12-31')).toBe('2026-11-25');
    expect(await latestOn('2027-01-15')).toBe('2026-12-01');
    const history = await readFile(path.join(project.out, 'xstek/index.html'), 'utf8');
    expect(history).toContain('<a href="latest/notice.html">version 2026-12-01</a>');
    expect(history).toContain('Clarifies the wording on insurance claims.');
  });
});

describe('a presentation change', () => {
  it('re-renders old releases with the same legal text: only the rendered files change in the manifest', async () => {
    project = await tempProject();
    const manifestAfter = async () => {
      const run = await project.run(['build', '--no-pdf', '--today', '2026-11-25']);
      expect(run.code, run.stderr).toBe(0);
      return JSON.parse(await readFile(path.join(project.out, 'manifest.json'), 'utf8'));
    };
    const before = await manifestAfter();
    const css = path.join(project.templates, 'html/notice.css');
    await writeFile(css, `${await readFile(css, 'utf8')}\n.pf-notice { max-width: 50rem; }\n`);
    const after = await manifestAfter();
    expect(after.policies).toEqual(before.policies);
    const hashOf = (manifest: { files: { path: string; sha256: string }[] }, file: string) => manifest.files.find((f) => f.path === file)?.sha256;
    expect(hashOf(after, 'xstek/2024-06-18/notice.html')).not.toBe(hashOf(before, 'xstek/2024-06-18/notice.html'));
    expect(hashOf(after, 'xstek/2024-06-18/notice.md')).toBe(hashOf(before, 'xstek/2024-06-18/notice.md'));
    expect(hashOf(after, 'xstek/2024-06-18/notice.json')).toBe(hashOf(before, 'xstek/2024-06-18/notice.json'));
    expect(after.inputs).not.toBe(before.inputs);
  });
});
