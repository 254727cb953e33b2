import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempProject, type TempProject } from './helpers/tempProject.ts';

const TODAY = '2026-11-25';

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

async function digests(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const file of await listFiles(dir)) out[file] = createHash('sha256').update(await readFile(path.join(dir, file))).digest('hex');
  return out;
}

describe('building the shipped content', () => {
  let first: TempProject;
  let second: TempProject;
  let firstRun: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    first = await tempProject();
    second = await tempProject();
    firstRun = await first.run(['build', '--today', TODAY]);
  });
  afterAll(async () => Promise.all([first.remove(), second.remove()]));

  it('writes every format for the first release, the draft, latest and the history page', async () => {
    expect(firstRun.code, firstRun.stderr).toBe(0);
    const files = await listFiles(first.out);
    for (const dir of ['xstek/2024-06-18', 'xstek/draft', 'xstek/latest']) {
      for (const name of ['notice.md', 'notice.html', 'notice.fragment.html', 'notice.json', 'notice.pdf']) expect(files).toContain(`${dir}/${name}`);
    }
    expect(files).toContain('xstek/index.html');
    expect(files).toContain('manifest.json');
    expect(firstRun.stdout).toMatch(/Built (\d+) files: \1 written, 0 unchanged \(3 PDF printed, 0 reused\) in \d+\.\d\d s\./);
    expect(firstRun.stdout).toContain(`wrote ${first.out}/xstek/2024-06-18/notice.pdf`);
  });

  it('gives byte-identical output, PDFs included, from a second clean build', async () => {
    const run = await second.run(['build', '--today', TODAY]);
    expect(run.code, run.stderr).toBe(0);
    const [a, b] = await Promise.all([digests(first.out), digests(second.out)]);
    expect(Object.keys(a).length).toBeGreaterThan(10);
    expect(b).toEqual(a);
  });

  it('does nothing on a rebuild when nothing changed', async () => {
    const before = await digests(first.out);
    const { ino } = await stat(path.join(first.out, 'xstek/2024-06-18/notice.pdf'));
    const run = await first.run(['build', '--today', TODAY]);
    expect(run.stdout).toMatch(/^Up to date: nothing changed since the last build; \d+ files in .* kept/);
    expect(await digests(first.out)).toEqual(before);
    expect((await stat(path.join(first.out, 'xstek/2024-06-18/notice.pdf'))).ino).toBe(ino);
  });

  it('reprints only the draft PDF after a one-word edit of the draft, and leaves other files untouched', async () => {
    const project = await tempProject();
    try {
      await cp(first.out, project.out, { recursive: true });
      const policy = path.join(project.content, 'xstek/policy.yaml');
      await writeFile(policy, (await readFile(policy, 'utf8')).replace('Managing insurance claims by customers.', 'Managing insurance claims from customers.'));
      const released = await stat(path.join(project.out, 'xstek/2024-06-18/notice.pdf'));
      const run = await project.run(['build', '--today', TODAY]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/\(1 PDF printed, 2 reused\)/);
      expect(run.stdout).toContain(`wrote ${project.out}/xstek/draft/notice.pdf`);
      expect(run.stdout).not.toContain('2024-06-18/notice.pdf');
      // Carried over by hard link: same inode, not rewritten.
      expect((await stat(path.join(project.out, 'xstek/2024-06-18/notice.pdf'))).ino).toBe(released.ino);
      const text = execFileSync('pdftotext', [path.join(project.out, 'xstek/draft/notice.pdf'), '-'], { encoding: 'utf8' });
      expect(text).toContain('Managing insurance claims from customers.');
    } finally {
      await project.remove();
    }
  });

  it('lists every file in the manifest with its size and SHA-256', async () => {
    const manifest = JSON.parse(await readFile(path.join(first.out, 'manifest.json'), 'utf8'));
    const files = (await listFiles(first.out)).filter((f) => f !== 'manifest.json');
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(files);
    const all = await digests(first.out);
    for (const entry of manifest.files) {
      expect(entry.sha256).toBe(`sha256:${all[entry.path]}`);
      expect(entry.size).toBe((await stat(path.join(first.out, entry.path))).size);
    }
    expect(manifest.policies.xstek.releases[0]).toMatchObject({ version: '2024-06-18', issued: '2024-06-18' });
  });

  it('prints a PDF whose text carries the controller, company number, rights and issue date', () => {
    const text = execFileSync('pdftotext', ['-layout', path.join(first.out, 'xstek/2024-06-18/notice.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const fact of ['Xstek Limited', '07112697', 'Right of access', 'Right to be forgotten', 'Right of portability', 'Issue Date: 18 June 2024', 'Page 1 of']) expect(text).toContain(fact);
    const info = execFileSync('pdfinfo', [path.join(first.out, 'xstek/2024-06-18/notice.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    const fonts = execFileSync('pdffonts', [path.join(first.out, 'xstek/2024-06-18/notice.pdf')], { encoding: 'utf8' });
    const rows = fonts.split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toMatch(/SourceSerif4/);
      expect(row).toMatch(/ yes +yes +yes /);
    }
  });

  it('marks the draft as a draft and the release with its dates', async () => {
    const draft = await readFile(path.join(first.out, 'xstek/draft/notice.html'), 'utf8');
    expect(draft).toContain('This version has not been issued and is not in effect.');
    const release = await readFile(path.join(first.out, 'xstek/2024-06-18/notice.html'), 'utf8');
    expect(release).toContain('<html lang="en-GB">');
    expect(release).toContain('Issued <time datetime="2024-06-18">18 June 2024</time>');
    const fragment = await readFile(path.join(first.out, 'xstek/2024-06-18/notice.fragment.html'), 'utf8');
    expect(fragment).not.toMatch(/<html|<body|<head[ >]/);
    expect(fragment).toContain('<nav class="pf-toc"');
  });

  it('keeps the previous output whole when a build fails', async () => {
    const before = await digests(first.out);
    const policy = path.join(first.content, 'xstek/policy.yaml');
    const text = await readFile(policy, 'utf8');
    await writeFile(policy, text.replace('locale: en-GB', 'locale: [en]'));
    const run = await first.run(['build', '--today', TODAY]);
    await writeFile(policy, text);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Nothing written');
    expect(await digests(first.out)).toEqual(before);
  });
});

describe('building without a browser', () => {
  it('says so in one line, exits 1 and writes nothing', async () => {
    const project = await tempProject();
    const saved = process.env.PUPPETEER_EXECUTABLE_PATH;
    process.env.PUPPETEER_EXECUTABLE_PATH = '/nonexistent/chromium';
    try {
      const run = await project.run(['build', '--today', TODAY]);
      expect(run.code).toBe(1);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^policyforge: .*apt-get install chromium.*--no-pdf/);
      await expect(stat(project.out)).rejects.toThrow();
      const noPdf = await project.run(['build', '--today', TODAY, '--no-pdf']);
      expect(noPdf.code).toBe(0);
      expect((await listFiles(project.out)).some((f) => f.endsWith('.pdf'))).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.PUPPETEER_EXECUTABLE_PATH;
      else process.env.PUPPETEER_EXECUTABLE_PATH = saved;
      await project.remove();
    }
  });
});
