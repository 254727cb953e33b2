import { describe, expect, it } from 'vitest';
import { baseVersion, editedVersion } from '../../../test/fixtures/diff/basePolicy.ts';
import { computeFloor } from '../materiality/index.ts';
import { diffFields } from './diffFields.ts';

describe('retention of a category that moves between rules', () => {
  it('is extended when the category moves to a rule that keeps data longer', () => {
    // "account" moves from the one-year rule to the 18-month rule; neither rule's period changes.
    const after = editedVersion((data) => {
      data.retention[0]!.categories = [];
      data.retention[1]!.categories = ['usage', 'account'];
    });
    const findings = diffFields(baseVersion(), after);
    const moved = findings.filter((f) => f.path === 'dataCategories[account].retention');
    expect(moved.map((f) => f.kind)).toEqual(['retention-extended']);
    expect(moved[0]!.sentence).toContain('1 year');
    expect(moved[0]!.sentence).toContain('to 18 months');
    expect(computeFloor(findings).floor).toBe('material');
  });

  it('is not reported when the category moves to a shorter rule', () => {
    const after = editedVersion((data) => {
      data.retention[1]!.categories = [];
      data.retention[0]!.categories = ['account', 'usage'];
    });
    expect(diffFields(baseVersion(), after).filter((f) => f.kind === 'retention-extended')).toEqual([]);
  });

  it('counts twelve months as one year', () => {
    const after = editedVersion((data) => {
      data.retention[0]!.period = 'P12M';
    });
    expect(diffFields(baseVersion(), after).map((f) => f.kind)).toEqual(['retention-changed']);
  });
});
