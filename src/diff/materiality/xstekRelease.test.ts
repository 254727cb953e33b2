import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../load/index.ts';
import { ReleaseRecordSchema } from '../../model/release.ts';
import { diffFields, type Finding, type PolicyVersion } from '../fields/index.ts';
import { checkDeclaredTier, computeFloor, FLOORS } from './index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

// The first Xstek release against the current draft: typo fixes, an orphan contact note removed,
// a link to the clauses and to the ICO, a rights separator. None of it may set a floor.
describe('Xstek: release 2024-06-18 against the current draft', () => {
  let findings: Finding[];

  beforeAll(async () => {
    const record = ReleaseRecordSchema.parse(JSON.parse(await readFile(path.join(root, 'content/xstek/releases/2024-06-18.json'), 'utf8')));
    const content = await readContent(path.join(root, 'content'), 'xstek');
    const draft = content.policies[0];
    if (draft?.policy === undefined) throw new Error(`content/xstek/policy.yaml did not load: ${JSON.stringify(draft?.messages ?? content.messages)}`);
    const before: PolicyVersion = { data: record.data, prose: record.prose };
    const after: PolicyVersion = { data: draft.policy, prose: Object.fromEntries(Object.entries(draft.prose).map(([id, file]) => [id, file.text])) };
    findings = diffFields(before, after);
  });

  it('finds exactly the editorial fixes', () => {
    expect(findings.map((f) => [f.kind, f.path])).toEqual([
      ['complaint-changed', 'complaint.statement'],
      ['complaint-changed', 'complaint.url'],
      ['contact-changed', 'contact.notes["transfers. Those clauses can be accessed here."]'],
      ['data-category-changed', 'dataCategories[provided-by-you].items'],
      ['prose-changed', 'intro'],
      ['prose-changed', 'legitimateInterestsIntro'],
      ['purpose-changed', 'purposes[existing-customer-marketing].description'],
      ['prose-changed', 'rights.list[other].separator'],
      ['right-changed', 'rights.list[restriction].statement'],
      ['transfer-changed', 'transfers.list[outside-eea].copy'],
      ['prose-changed', 'transfers.statement'],
      ['prose-changed', 'transfers.storage'],
    ]);
  });

  it('sets no floor, so the release may be declared editorial', () => {
    expect(findings.every((f) => FLOORS[f.kind] === null)).toBe(true);
    expect(computeFloor(findings)).toEqual({ floor: null, because: [] });
    expect(checkDeclaredTier('editorial', findings)).toEqual({ ok: true, floor: null, because: [] });
  });
});
