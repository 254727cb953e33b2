import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotificationSchema } from '../src/model/notification.ts';
import { tempProject, type TempProject } from './helpers/tempProject.ts';

const note = (tier: string, summary: string) => `---\ntier: ${tier}\nsummary: ${summary}\n---\n`;
const NEW_RECIPIENT = `  - id: cloud-analytics
    kind: processor
    name: "Analytico Inc."
    description: "Analytico Inc., which measures how our website is used, in the United States."
`;
const NEW_TRANSFER = `    - id: united-states
      destination: "United States"
      mechanism: standard-contractual-clauses
      description: "Analytico Inc. receives website usage data in the United States under standard contractual clauses."
      copy:
        text: "Ask us for a copy of the clauses"
        url: "mailto:dpo@xstek.co.uk"
`;

async function addMaterialChange(project: TempProject, tier: string): Promise<void> {
  const file = path.join(project.content, 'xstek/policy.yaml');
  let text = await readFile(file, 'utf8');
  text = text.replace('\ntransfers:\n', `${NEW_RECIPIENT}\ntransfers:\n`);
  text = text.replace('  list:\n    - id: outside-eea\n', `  list:\n${NEW_TRANSFER}    - id: outside-eea\n`);
  await writeFile(file, text);
  await writeFile(path.join(project.content, 'xstek/changes/analytics.md'), note(tier, 'We now use Analytico Inc. to measure how our website is used; it receives usage data in the United States.'));
}

describe('the shipped Xstek history', () => {
  let project: TempProject;
  beforeAll(async () => {
    project = await tempProject();
    const run = await project.run(['build', '--no-pdf', '--today', '2026-11-25']);
    expect(run.code, run.stderr).toBe(0);
  });
  afterAll(() => project.remove());

  it('classifies the second release as editorial, with no floor, and raises no notification', async () => {
    const changes = JSON.parse(await readFile(path.join(project.out, 'xstek/2026-11-25/changes.json'), 'utf8'));
    expect(changes).toMatchObject({ from: '2024-06-18', to: '2026-11-25', tier: 'editorial', floor: null });
    expect(changes.findings.length).toBeGreaterThan(0);
    expect(changes.findings.every((f: { floor: unknown }) => f.floor === null)).toBe(true);
    await expect(readFile(path.join(project.out, 'xstek/2026-11-25/notification.json'))).rejects.toThrow();
    await expect(readFile(path.join(project.out, 'xstek/2026-11-25/email.txt'))).rejects.toThrow();
  });

  it('writes a word-level redline in Markdown and accessible HTML', async () => {
    const md = await readFile(path.join(project.out, 'xstek/2026-11-25/changes.md'), 'utf8');
    expect(md).toContain('We understand and appreciate [-these-]{+the+} fact');
    expect(md).toContain('information [-aboutservices-]{+about services+} that we offer');
    const html = await readFile(path.join(project.out, 'xstek/2026-11-25/changes.html'), 'utf8');
    expect(html).toMatch(/<del>.*these.*<\/del>/);
    expect(html).toMatch(/<ins>.*the.*<\/ins>/);
    expect(html).toContain('inserted:');
  });

  it('lists every release in an Atom feed with stable ids, categorised by tier', async () => {
    const xml = await readFile(path.join(project.out, 'xstek/feed.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    const entries = feed.entry as { id: string; category: Record<string, string> }[];
    expect(entries.map((e) => e.id)).toEqual(['urn:policyforge:xstek:2026-11-25', 'urn:policyforge:xstek:2024-06-18']);
    expect(entries[0]!.category['@_term']).toBe('editorial');
  });

  it('diffs any two versions from the command line, the draft included', async () => {
    const json = await project.run(['diff', 'xstek', '2024-06-18', '2026-11-25', '--format', 'json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).redline.counts.insertedWords).toBeGreaterThan(0);
    const text = await project.run(['diff', 'xstek', '2026-11-25', 'draft']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('None: only the wording of the notice changed.');
    // Only the issue-date line differs between the last release and the unchanged draft.
    expect(text.stdout).toContain('1 section changed, 0 moved');
    expect(text.stdout).toContain("Issue Date: [-25 November 2026-]{+not yet issued (draft)+}");
    const missing = await project.run(['diff', 'xstek', '2024-06-18', '2030-01-01']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no version "2030-01-01" of xstek; versions: 2024-06-18, 2026-11-25, draft.');
  });
});

describe('a material release', () => {
  it('is refused when declared editorial, naming the findings that set the floor', async () => {
    const project = await tempProject();
    try {
      await addMaterialChange(project, 'editorial');
      const run = await project.run(['release', 'xstek', '--issued', '2026-12-01', '--effective', '2027-01-05']);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/xstek\/changes\/analytics\.md:2:7 error Declared editorial, but these changes are at least material: .*New recipient.*Analytico.*New transfer.*United States.*release-tier-below-floor/s);
    } finally {
      await project.remove();
    }
  });

  it('is refused when it takes effect before the notice period ends', async () => {
    const project = await tempProject();
    try {
      await addMaterialChange(project, 'material');
      const run = await project.run(['release', 'xstek', '--issued', '2026-12-01', '--effective', '2026-12-15']);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/xstek\/changes\/analytics\.md:2:7 error A material change takes effect/);
      expect(run.stderr).toContain('A material change takes effect 14 day(s) after it is issued (2026-12-01 to 2026-12-15); users must be told at least 30 days before. release-notice-period');
      expect(run.stderr).toContain('Pass --effective 2026-12-31 or later');
    } finally {
      await project.remove();
    }
  });

  it('produces notification.json, both emails and a feed entry', async () => {
    const project = await tempProject();
    try {
      await addMaterialChange(project, 'material');
      const release = await project.run(['release', 'xstek', '--issued', '2026-12-01', '--effective', '2026-12-31']);
      expect(release.code, release.stderr).toBe(0);
      const build = await project.run(['build', '--no-pdf', '--today', '2026-12-01']);
      expect(build.code, build.stderr).toBe(0);
      const dir = path.join(project.out, 'xstek/2026-12-01');
      const notification = NotificationSchema.parse(JSON.parse(await readFile(path.join(dir, 'notification.json'), 'utf8')));
      expect(notification).toMatchObject({ policy: 'xstek', version: '2026-12-01', previousVersion: '2026-11-25', tier: 'material', effective: '2026-12-31' });
      expect(notification.findings.map((f) => f.kind)).toEqual(expect.arrayContaining(['recipient-added', 'transfer-added']));
      expect(notification.links).toMatchObject({ notice: 'notice.html', redline: 'changes.html', previousNotice: '../2026-11-25/notice.html' });
      expect(notification.actions.some((a) => a.startsWith('Right to object'))).toBe(true);
      expect(notification.actions).toContain('You have the right to withdraw your consent at any time.');

      const text = await readFile(path.join(dir, 'email.txt'), 'utf8');
      expect(text).toContain('takes effect on 31 December 2026');
      expect(text).toContain('We now use Analytico Inc. to measure how our website is used');
      expect(text).toContain('See every change, word by word: changes.html');
      const html = await readFile(path.join(dir, 'email.html'), 'utf8');
      expect(html).toContain('<time datetime="2026-12-31">31 December 2026</time>');

      const xml = await readFile(path.join(project.out, 'xstek/feed.xml'), 'utf8');
      const entries = new XMLParser({ ignoreAttributes: false }).parse(xml).feed.entry as { id: string; category: Record<string, string> }[];
      expect(entries[0]).toMatchObject({ id: 'urn:policyforge:xstek:2026-12-01', category: { '@_term': 'material' } });
      // Not yet in effect on the day it is issued: users keep the old notice until then.
      expect(JSON.parse(await readFile(path.join(project.out, 'xstek/latest/notice.json'), 'utf8')).version).toBe('2026-11-25');
    } finally {
      await project.remove();
    }
  });
});
