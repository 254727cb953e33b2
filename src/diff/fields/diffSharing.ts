import type { Policy, Transfer } from '../../model/schema.ts';
import { diffWording } from './diffWording.ts';
import { createFinding, type Finding } from './finding.ts';
import { matchItems } from './matchItems.ts';
import { sameValue } from './normaliseText.ts';
import { quoteText } from './quoteText.ts';

/** Recipients by id; a recipient is named by its name where it has one, else by its description. */
export function diffRecipients(before: Policy['recipients'], after: Policy['recipients']): Finding[] {
  const { added, removed, kept } = matchItems(before, after, (r) => r.id);
  const label = (r: Policy['recipients'][number]) => quoteText(r.name ?? r.description);
  return [
    ...added.map((r) => createFinding('recipient-added', `recipients[${r.id}]`, `${label(r)} (${r.kind})`, undefined, r)),
    ...removed.map((r) => createFinding('recipient-removed', `recipients[${r.id}]`, `${label(r)} (${r.kind})`, r)),
    ...kept.flatMap(({ key, before: b, after: a }) =>
      (['kind', 'name', 'description'] as const)
        .filter((field) => !sameValue(b[field], a[field]))
        .map((field) => {
          const detail = field === 'kind' ? `${label(a)} from ${b.kind} to ${a.kind}` : `${field} of ${label(a)}`;
          return createFinding('recipient-changed', `recipients[${key}].${field}`, detail, b[field], a[field]);
        }),
    ),
  ];
}

/**
 * How strong each transfer mechanism is, for "weaker safeguard": an adequacy decision needs no
 * further safeguard; SCCs and BCRs are appropriate safeguards of equal standing (Art. 46); a
 * derogation (Art. 49) is the exception; none-stated gives the reader nothing.
 */
const SAFEGUARD_STRENGTH: Record<Transfer['mechanism'], number> = {
  adequacy: 3,
  'standard-contractual-clauses': 2,
  'binding-corporate-rules': 2,
  derogation: 1,
  'none-stated': 0,
};

/** Transfers by id, plus the general storage and transfer statements as wording. */
export function diffTransfers(before: Policy['transfers'], after: Policy['transfers']): Finding[] {
  const { added, removed, kept } = matchItems(before.list, after.list, (t) => t.id);
  const findings: Finding[] = [
    ...diffWording('transfers.storage', 'statement on where data is stored', before.storage, after.storage),
    ...diffWording('transfers.statement', 'general statement on transfers', before.statement, after.statement),
    ...added.map((t) => createFinding('transfer-added', `transfers.list[${t.id}]`, `${quoteText(t.destination)} (${t.mechanism})`, undefined, t)),
    ...removed.map((t) => createFinding('transfer-removed', `transfers.list[${t.id}]`, `${quoteText(t.destination)} (${t.mechanism})`, t)),
  ];
  for (const { key, before: b, after: a } of kept) {
    const path = `transfers.list[${key}]`;
    const label = quoteText(a.destination);
    if (!sameValue(b.destination, a.destination)) {
      findings.push(createFinding('transfer-destination-changed', `${path}.destination`, `from ${quoteText(b.destination)} to ${label}`, b.destination, a.destination));
    }
    if (b.mechanism !== a.mechanism) {
      const weaker = SAFEGUARD_STRENGTH[a.mechanism] < SAFEGUARD_STRENGTH[b.mechanism];
      findings.push(createFinding(weaker ? 'safeguard-weakened' : 'safeguard-changed', `${path}.mechanism`, `${label} from ${b.mechanism} to ${a.mechanism}`, b.mechanism, a.mechanism));
    }
    if (!sameValue(b.description, a.description)) findings.push(createFinding('transfer-changed', `${path}.description`, `description of ${label}`, b.description, a.description));
    if (!sameValue(b.copy, a.copy)) findings.push(createFinding('transfer-changed', `${path}.copy`, `how to get a copy of the safeguard for ${label}`, b.copy, a.copy));
  }
  return findings;
}
