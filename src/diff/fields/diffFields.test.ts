import { describe, expect, it } from 'vitest';
import { baseVersion, editedVersion } from '../../../test/fixtures/diff/basePolicy.ts';
import { FINDING_CASES } from '../../../test/fixtures/diff/findingCases.ts';
import { diffFields, FINDING_KINDS } from './index.ts';

describe('diffFields', () => {
  it('finds nothing between a version and itself', () => {
    expect(diffFields(baseVersion(), baseVersion())).toEqual([]);
  });

  it('has a fixture for every finding kind', () => {
    const covered = new Set(FINDING_CASES.map((c) => c.kind));
    expect(FINDING_KINDS.filter((kind) => !covered.has(kind))).toEqual([]);
  });

  for (const fixture of FINDING_CASES) {
    it(`${fixture.kind}: ${fixture.name}`, () => {
      const before = fixture.before ? editedVersion(fixture.before) : baseVersion();
      const after = editedVersion(fixture.after);
      const findings = diffFields(before, after);
      expect(findings.map((f) => [f.kind, f.path])).toEqual(fixture.expect);
      expect(findings.some((f) => f.kind === fixture.kind)).toBe(true);
      for (const finding of findings) expect(finding.sentence).toMatch(/^[A-Z].*\.$/);
      if (fixture.sentence !== undefined) expect(findings.find((f) => f.kind === fixture.expect[0]![0])?.sentence).toBe(fixture.sentence);
    });
  }

  it('carries before and after values', () => {
    const after = editedVersion((d) => void (d.purposes[0]!.bases = ['legal-obligation']));
    expect(diffFields(baseVersion(), after)).toEqual([
      expect.objectContaining({ kind: 'basis-changed', before: ['contract'], after: ['legal-obligation'] }),
    ]);
  });

  describe('reordering is not a change', () => {
    const reorders: Record<string, Parameters<typeof editedVersion>[0]> = {
      purposes: (d) => void d.purposes.reverse(),
      recipients: (d) => void d.recipients.reverse(),
      rights: (d) => void d.rights.list.reverse(),
      'transfers, sources, categories, interests and retention rules': (d) => {
        d.transfers.list.reverse();
        d.sources.reverse();
        d.dataCategories.reverse();
        d.legitimateInterests.reverse();
        d.retention.reverse();
      },
      'items within a category, bases within a purpose, contact channels': (d) => {
        d.dataCategories[0]!.items.reverse();
        d.purposes[1]!.bases = ['legitimate-interests', 'legitimate-interests'];
        d.contact.channels.reverse();
      },
      'a prose section placed elsewhere': (d) => void (d.prose[0]!.after = 'intro'),
    };
    for (const [name, edit] of Object.entries(reorders)) {
      it(name, () => {
        const after = editedVersion(edit);
        expect(after.data).not.toEqual(baseVersion().data);
        expect(diffFields(baseVersion(), after)).toEqual([]);
      });
    }
  });

  it('ignores whitespace-only differences', () => {
    const after = editedVersion((d, prose) => {
      d.intro = ['  Example Ltd explains here how\n   it uses your   personal data. '];
      d.purposes[0]!.description = 'To provide the service\tyou signed up for.  ';
      d.rights.list[1]!.statement = 'you can ask us\nto delete your data.';
      d.contact.notes = ['We reply within  five working days.'];
      prose.extra = 'We are a\nsmall company.';
    });
    expect(diffFields(baseVersion(), after)).toEqual([]);
  });

  it('sorts findings by path, then kind, whatever the order of edits', () => {
    const after = editedVersion((d) => {
      d.transfers.list.push({ id: 'aaa', destination: 'Japan', mechanism: 'adequacy', description: 'Japan is adequate.' });
      d.recipients.push({ id: 'zzz', kind: 'processor', description: 'Mailing house.' });
      d.purposes[0]!.bases = ['consent'];
      d.retention[1]!.period = 'P3Y';
    });
    const findings = diffFields(baseVersion(), after);
    expect(findings.map((f) => f.path)).toEqual([
      'purposes[service].bases',
      'recipients[zzz]',
      'retention[usage].period',
      'transfers.list[aaa]',
    ]);
    expect(diffFields(baseVersion(), after)).toEqual(findings);
  });
});
