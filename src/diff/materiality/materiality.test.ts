import { describe, expect, it } from 'vitest';
import { baseVersion, editedVersion } from '../../../test/fixtures/diff/basePolicy.ts';
import { TIERS } from '../../model/release.ts';
import { diffFields, FINDING_KINDS, type Finding, type FindingKind } from '../fields/index.ts';
import { checkDeclaredTier, computeFloor, FLOORS, summariseFindings } from './index.ts';

const newTransfer = () =>
  diffFields(baseVersion(), editedVersion((d) => void d.transfers.list.push({ id: 'support', destination: 'outside the EEA', mechanism: 'standard-contractual-clauses', description: 'Support works from India.' })));

function finding(kind: FindingKind, sentence = `${kind}.`): Finding {
  return { kind, path: kind, sentence };
}

describe('FLOORS', () => {
  it('has a floor (or an explicit null) for every finding kind, and only tiers', () => {
    expect(Object.keys(FLOORS).sort()).toEqual([...FINDING_KINDS].sort());
    for (const tier of Object.values(FLOORS)) expect(tier === null || TIERS.includes(tier)).toBe(true);
  });

  // The floors issue 5 names; changing one of these is a product decision, not a refactor.
  it.each<[FindingKind, string | null]>([
    ['purpose-added', 'material'],
    ['data-category-added', 'material'],
    ['source-added', 'material'],
    ['recipient-added', 'material'],
    ['transfer-added', 'material'],
    ['safeguard-weakened', 'material'],
    ['retention-extended', 'material'],
    ['right-removed', 'material'],
    ['contact-channel-removed', 'material'],
    ['legitimate-interest-added', 'material'],
    ['basis-changed', 'material'],
    ['controller-changed', 'fundamental'],
    ['consent-basis-changed', 'fundamental'],
    ['special-category-added', 'fundamental'],
    ['automated-decisions-added', 'fundamental'],
    ['contact-changed', null],
    ['prose-changed', null],
  ])('%s: %s', (kind, tier) => {
    expect(FLOORS[kind]).toBe(tier);
  });
});

describe('computeFloor', () => {
  it('is null with no findings, or only findings without a floor', () => {
    expect(computeFloor([])).toEqual({ floor: null, because: [] });
    expect(computeFloor([finding('prose-changed'), finding('contact-changed')])).toEqual({ floor: null, because: [] });
  });

  it('is the highest floor, with the findings that set it', () => {
    const consent = finding('consent-basis-changed');
    const result = computeFloor([finding('recipient-added'), consent, finding('prose-changed')]);
    expect(result).toEqual({ floor: 'fundamental', because: [consent] });
  });
});

describe('checkDeclaredTier', () => {
  it('refuses an editorial declaration that adds a transfer, naming the finding', () => {
    const result = checkDeclaredTier('editorial', newTransfer());
    expect(result.ok).toBe(false);
    expect(result.floor).toBe('material');
    expect(result.because.map((f) => f.kind)).toEqual(['transfer-added']);
    expect(result.message).toBe(
      'Declared editorial, but these changes are at least material: New transfer: "outside the EEA" (standard-contractual-clauses). Declare at least material in the change note, or undo these changes.',
    );
  });

  it('accepts a declaration at or above the floor', () => {
    expect(checkDeclaredTier('material', newTransfer())).toMatchObject({ ok: true, floor: 'material' });
    expect(checkDeclaredTier('fundamental', newTransfer())).toMatchObject({ ok: true, floor: 'material' });
    expect(checkDeclaredTier('fundamental', newTransfer()).message).toBeUndefined();
  });

  it('leaves a prose-only change to the declared tier', () => {
    const findings = diffFields(baseVersion(), editedVersion((d, prose) => void (prose.extra = 'We are a large company.')));
    expect(findings.map((f) => f.kind)).toEqual(['prose-changed']);
    for (const tier of TIERS) expect(checkDeclaredTier(tier, findings)).toEqual({ ok: true, floor: null, because: [] });
  });

  it('lists every finding above the declaration, highest tier first', () => {
    const findings = [finding('recipient-added', 'New recipient: "A" (processor).'), finding('prose-changed'), finding('special-category-added', 'Special-category data: "B" (explicit-consent).')];
    const result = checkDeclaredTier('clarification', findings);
    expect(result.floor).toBe('fundamental');
    expect(result.because.map((f) => f.kind)).toEqual(['special-category-added', 'recipient-added']);
    expect(result.message).toBe(
      'Declared clarification, but these changes are at least fundamental: Special-category data: "B" (explicit-consent). These are at least material: New recipient: "A" (processor). Declare at least fundamental in the change note, or undo these changes.',
    );
    expect(checkDeclaredTier('material', findings).because.map((f) => f.kind)).toEqual(['special-category-added']);
  });

  it('throws, saying what to pass, on a tier that does not exist', () => {
    expect(() => checkDeclaredTier('minor' as never, [])).toThrow(/pass one of editorial, clarification, material, fundamental/);
  });
});

describe('summariseFindings', () => {
  it('says so when nothing changed', () => {
    expect(summariseFindings([])).toBe('No changes to the data or wording of the notice.');
  });

  it('puts the weightiest changes first, groups a kind, and folds edits into one line', () => {
    const findings = diffFields(
      baseVersion(),
      editedVersion((d) => {
        d.recipients.push({ id: 'payments', kind: 'processor', name: 'Payment providers', description: 'Card payments.' });
        d.recipients.push({ id: 'couriers', kind: 'processor', name: 'Couriers', description: 'Deliveries.' });
        d.purposes[2]!.bases = ['legitimate-interests'];
        d.intro = ['New intro.'];
        d.changes = 'We email you about changes.';
        d.contact.notes = [];
      }),
    );
    expect(summariseFindings(findings)).toBe(
      [
        'Reliance on consent changed: "To send you our newsletter" from consent to legitimate interests.',
        'New recipients: "Couriers" (processor); "Payment providers" (processor).',
        'Also: contact details changed (1), wording changed (2).',
      ].join('\n'),
    );
  });

  it('stays within five lines', () => {
    const kinds: FindingKind[] = ['purpose-added', 'source-added', 'recipient-added', 'transfer-added', 'retention-extended', 'right-removed', 'data-category-added'];
    const lines = summariseFindings(kinds.map((k) => finding(k))).split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[4]).toMatch(/^Also: /);
  });

  it('shortens a long group', () => {
    const many = ['a', 'b', 'c', 'd', 'e'].map((id) => finding('recipient-added', `New recipient: "${id}" (processor).`));
    expect(summariseFindings(many)).toBe('New recipients: "a" (processor); "b" (processor); "c" (processor); and 2 more.');
  });
});
