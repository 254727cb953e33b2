import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempProject, type TempProject } from './helpers/tempProject.ts';

let project: TempProject;
afterEach(() => project?.remove());

describe('the output folder', () => {
  it.each([
    ['the content folder', (p: TempProject) => p.content],
    ['a folder holding the templates', (p: TempProject) => p.root],
  ])('refuses %s as --out and leaves it whole', async (_what, out) => {
    project = await tempProject();
    const before = await readdir(project.content, { recursive: true });
    const run = await project.run(['build', '--no-pdf', '--today', '2026-11-25', '--out', out(project)]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/error The output folder .* is or contains .*; the build replaces its output folder whole\. out-folder-unsafe/);
    expect(await readdir(project.content, { recursive: true })).toEqual(before);
  });

  it('refuses a folder that policyforge did not write', async () => {
    project = await tempProject();
    const out = path.join(project.root, 'site');
    await mkdir(out);
    await writeFile(path.join(out, 'index.html'), '<p>the website</p>');
    const run = await project.run(['build', '--no-pdf', '--today', '2026-11-25', '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('has files but no manifest.json');
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('<p>the website</p>');
  });
});

describe('build --policy', () => {
  it("rebuilds one policy and keeps the other policies' output", async () => {
    project = await tempProject();
    await cp('test/fixtures/minimal/content/demo', path.join(project.content, 'demo'), { recursive: true });
    expect((await project.run(['build', '--no-pdf', '--today', '2026-11-25'])).code).toBe(0);
    const demoBefore = await readFile(path.join(project.out, 'demo/draft/notice.html'), 'utf8');
    const policy = path.join(project.content, 'xstek/policy.yaml');
    await writeFile(policy, (await readFile(policy, 'utf8')).replace('Managing insurance claims by customers.', 'Managing insurance claims from customers.'));
    const run = await project.run(['build', '--no-pdf', '--today', '2026-11-25', '--policy', 'xstek']);
    expect(run.code, run.stderr).toBe(0);
    expect(await readFile(path.join(project.out, 'demo/draft/notice.html'), 'utf8')).toBe(demoBefore);
    expect(await readFile(path.join(project.out, 'xstek/draft/notice.md'), 'utf8')).toContain('insurance claims from customers');
    const manifest = JSON.parse(await readFile(path.join(project.out, 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.policies)).toEqual(['demo', 'xstek']);
    expect(manifest.files.some((f: { path: string }) => f.path === 'demo/draft/notice.html')).toBe(true);
  });
});

describe('release dates and ids', () => {
  const edit = async () => {
    const policy = path.join(project.content, 'xstek/policy.yaml');
    await writeFile(policy, (await readFile(policy, 'utf8')).replace('Managing insurance claims by customers.', 'Managing insurance claims from customers.'));
    await writeFile(path.join(project.content, 'xstek/changes/wording.md'), '---\ntier: editorial\nsummary: Wording.\n---\n');
  };

  it.each(['draft', 'latest', 'v1.2'])('refuses %s as a version id', async (version) => {
    project = await tempProject();
    await edit();
    const run = await project.run(['release', 'xstek', '--issued', '2026-12-01', '--version', version]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`"${version}" cannot be a version id`);
  });

  it('refuses an effective date before the last release takes effect', async () => {
    project = await tempProject();
    const policy = path.join(project.content, 'xstek/policy.yaml');
    const original = await readFile(policy, 'utf8');
    await writeFile(policy, original.replace('\ntransfers:\n', '  - id: mailing-house\n    kind: processor\n    description: "A mailing house that posts our letters."\n\ntransfers:\n'));
    await writeFile(path.join(project.content, 'xstek/changes/mailing.md'), '---\ntier: material\nsummary: A mailing house posts our letters.\n---\n');
    expect((await project.run(['release', 'xstek', '--issued', '2026-12-01', '--effective', '2027-01-05'])).code).toBe(0);
    // An editorial release issued the next day and in effect at once would become "latest"
    // before the material one, and carry its new recipient into effect early.
    await writeFile(policy, (await readFile(policy, 'utf8')).replace('Managing insurance claims by customers.', 'Managing insurance claims from customers.'));
    await writeFile(path.join(project.content, 'xstek/changes/wording.md'), '---\ntier: editorial\nsummary: Wording.\n---\n');
    const run = await project.run(['release', 'xstek', '--issued', '2026-12-02']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("The effective date 2026-12-02 is before the last release's (2027-01-05). release-date");
  });
});
