import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { redline } from './redline.ts';
import type { Redline, WordOp } from './types.ts';

const notice = (...sections: string[]): string => `# Privacy notice\n\n${sections.join('\n\n')}\n`;
const ops = (r: Redline, op: WordOp['op']): WordOp[] =>
  r.sections.flatMap((section) => [...section.headingOps, ...section.blocks.flatMap((block) => block.ops)]).filter((part) => part.op === op);
const statuses = (r: Redline): string[] => r.sections.map((section) => `${section.id}:${section.status}`);

const WHO = '## Who we are\n\nXstek Limited is the controller of your personal data.';
const COLLECT = '## What we collect\n\n- Your name and email address.\n- Details of your visits to our website.';
const SHARE = '## Who we share it with\n\nWe share data with our hosting provider in the UK.';
const CONTACT = '## Contact\n\nEmail dpo@xstek.co.uk or write to Falcon House, New Malden.';

describe('redline', () => {
  it('reports a one-word change as exactly one deleted and one inserted word', () => {
    const r = redline(notice(WHO, SHARE), notice(WHO.replace('controller', 'processor'), SHARE));
    expect(ops(r, 'delete')).toEqual([{ op: 'delete', text: 'controller' }]);
    expect(ops(r, 'insert')).toEqual([{ op: 'insert', text: 'processor' }]);
    expect(r.counts).toEqual({ insertedWords: 1, deletedWords: 1, changedSections: 1, movedSections: 0 });
    expect(statuses(r)).toEqual([':unchanged', 'privacy-notice:unchanged', 'who-we-are:changed', 'who-we-share-it-with:unchanged']);
  });

  it('treats a re-wrapped paragraph and collapsed whitespace as no change', () => {
    const before = notice('## Introduction\n\nWe understand that your privacy is important to you and that you care\nabout how your personal data is used.');
    const after = notice('## Introduction\n\nWe understand  that your privacy is important\nto you and that you care about how your   personal data\n  is used.   ');
    const r = redline(before, after);
    expect(r.counts).toEqual({ insertedWords: 0, deletedWords: 0, changedSections: 0, movedSections: 0 });
    expect(r.sections.every((section) => section.status === 'unchanged')).toBe(true);
  });

  it('treats a re-padded table with other delimiter dashes as no change', () => {
    const before = notice('## Recipients\n\n| Recipient | Purpose |\n|---|---|\n| Hosting provider | Web hosting |');
    const after = notice('## Recipients\n\n|   Recipient        |  Purpose     |\n| ---------------- | :----------- |\n|Hosting provider|Web   hosting|');
    const r = redline(before, after);
    expect(r.counts.changedSections).toBe(0);
    expect(r.sections.find((section) => section.id === 'recipients')?.status).toBe('unchanged');
  });

  it('still sees a real edit inside a table row', () => {
    const before = notice('## Recipients\n\n| Recipient | Location |\n|---|---|\n| Hosting provider | UK |');
    const after = notice('## Recipients\n\n| Recipient | Location |\n|---|---|\n| Hosting provider | USA |');
    const r = redline(before, after);
    expect(ops(r, 'delete').map((part) => part.text)).toEqual(['UK']);
    expect(ops(r, 'insert').map((part) => part.text)).toEqual(['USA']);
  });

  it('marks reordered sections as moved with no inserted or deleted words', () => {
    const r = redline(notice(WHO, COLLECT, SHARE, CONTACT), notice(WHO, SHARE, CONTACT, COLLECT));
    expect(ops(r, 'insert')).toEqual([]);
    expect(ops(r, 'delete')).toEqual([]);
    // Only the minimal set moves: "What we collect" went to the end; the others kept their order.
    const moved = r.sections.filter((section) => section.status === 'moved');
    expect(moved.map((section) => [section.id, section.fromIndex, section.toIndex])).toEqual([['what-we-collect', 3, 5]]);
    expect(r.counts).toEqual({ insertedWords: 0, deletedWords: 0, changedSections: 0, movedSections: 1 });
  });

  it('reports a section that was both moved and edited', () => {
    const edited = CONTACT.replace('Falcon House', 'Eagle House');
    const r = redline(notice(WHO, COLLECT, SHARE, CONTACT), notice(edited, WHO, COLLECT, SHARE));
    const contact = r.sections.find((section) => section.id === 'contact')!;
    expect(contact.status).toBe('moved-and-changed');
    expect([contact.fromIndex, contact.toIndex]).toEqual([5, 2]);
    expect(contact.blocks.flatMap((block) => block.ops).filter((part) => part.op !== 'equal')).toEqual([
      { op: 'delete', text: 'Falcon' },
      { op: 'insert', text: 'Eagle' },
    ]);
    expect(r.counts).toEqual({ insertedWords: 1, deletedWords: 1, changedSections: 1, movedSections: 1 });
  });

  it('reports added and removed sections with their words, removed ones where they used to be', () => {
    const r = redline(notice(WHO, COLLECT, CONTACT), notice(WHO, CONTACT, SHARE));
    expect(statuses(r)).toEqual([
      ':unchanged',
      'privacy-notice:unchanged',
      'who-we-are:unchanged',
      'what-we-collect:removed',
      'contact:unchanged',
      'who-we-share-it-with:added',
    ]);
    const added = r.sections.find((section) => section.status === 'added')!;
    expect(added.toIndex).toBe(4);
    expect(added.blocks).toEqual([{ kind: 'paragraph', change: 'inserted', ops: [{ op: 'insert', text: 'We share data with our hosting provider in the UK.' }] }]);
    // 5 heading words + 11 body tokens (10 words and the full stop) in "Who we share it with".
    expect(r.counts.insertedWords).toBe(5 + 11);
    expect(r.counts.changedSections).toBe(2);
    expect(r.counts.movedSections).toBe(0);
    expect(r.counts.deletedWords).toBeGreaterThan(0);
  });

  it('gives identical inputs all unchanged sections and zero counts', () => {
    const text = readFileSync(new URL('../../../test/fixtures/redline/before.md', import.meta.url), 'utf8');
    const r = redline(text, text);
    expect(r.sections.length).toBeGreaterThan(5);
    expect(r.sections.every((section) => section.status === 'unchanged')).toBe(true);
    expect(r.counts).toEqual({ insertedWords: 0, deletedWords: 0, changedSections: 0, movedSections: 0 });
  });

  it('pairs a renamed heading with its section instead of adding and removing it', () => {
    const r = redline(notice(WHO, SHARE), notice(WHO, SHARE.replace('Who we share it with', 'Who receives your data')));
    const renamed = r.sections.find((section) => section.id === 'who-receives-your-data')!;
    expect(renamed.status).toBe('changed');
    expect(renamed.blocks.every((block) => block.change === 'unchanged')).toBe(true);
    expect(r.sections.some((section) => section.status === 'added' || section.status === 'removed')).toBe(false);
  });

  it('matches a duplicated heading by content when a twin is inserted before it', () => {
    const faq = (answer: string): string => `## Questions\n\n${answer}`;
    const r = redline(notice(WHO, faq('First answer about cookies.')), notice(faq('A brand new answer.'), WHO, faq('First answer about cookies.')));
    expect(r.sections.map((section) => `${section.id}:${section.status}`)).toEqual([
      ':unchanged',
      'privacy-notice:unchanged',
      'questions:added',
      'who-we-are:unchanged',
      'questions-1:unchanged',
    ]);
  });

  it('word-diffs a rewritten list item and keeps the inserted item whole', () => {
    const before = notice('## Rights\n\n- The right of access.\n- The right to erasure.');
    const after = notice('## Rights\n\n- The right of access.\n- The right to object.\n- The right to erasure of data.');
    const rights = redline(before, after).sections.find((section) => section.id === 'rights')!;
    expect(rights.blocks.map((block) => block.change)).toEqual(['unchanged', 'inserted', 'changed']);
    expect(rights.blocks[2]!.ops).toEqual([
      { op: 'equal', text: 'The right to erasure' },
      { op: 'insert', text: ' of data' },
      { op: 'equal', text: '.' },
    ]);
  });

  it('shows an unrelated rewrite as one block replaced by another, not as word confetti', () => {
    const before = notice('## Cookies\n\nWe use cookies to remember your preferences between visits.');
    const after = notice('## Cookies\n\nNo tracking technology of any kind is placed on a device by this site.');
    const cookies = redline(before, after).sections.find((section) => section.id === 'cookies')!;
    expect(cookies.blocks.map((block) => [block.change, block.ops.map((part) => part.op)])).toEqual([
      ['deleted', ['delete']],
      ['inserted', ['insert']],
    ]);
  });
});
