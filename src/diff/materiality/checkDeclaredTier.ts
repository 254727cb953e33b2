import { TIERS, type TierName } from '../../model/release.ts';
import type { Finding } from '../fields/index.ts';
import { compareTiers } from './compareTiers.ts';
import { computeFloor } from './computeFloor.ts';
import { FLOORS } from './floors.ts';

/** Whether a declared tier meets the computed floor; when it does not, what is above it and why. */
export interface TierCheck {
  ok: boolean;
  floor: TierName | null;
  /** When ok, the findings that set the floor; when refused, every finding above the declared tier, highest tier first. */
  because: Finding[];
  message?: string;
}

/** Checks a change note's declared tier against the floor the findings set. */
export function checkDeclaredTier(declared: TierName, findings: readonly Finding[]): TierCheck {
  if (!TIERS.includes(declared)) {
    throw new TypeError(`checkDeclaredTier: "${String(declared)}" is not a tier; pass one of ${TIERS.join(', ')}.`);
  }
  const { floor, because } = computeFloor(findings);
  if (floor === null || compareTiers(declared, floor) >= 0) return { ok: true, floor, because };

  const above = [...TIERS].reverse().flatMap((tier) => (compareTiers(tier, declared) > 0 ? [tier] : []));
  const groups = above
    .map((tier) => ({ tier, findings: findings.filter((f) => FLOORS[f.kind] === tier) }))
    .filter((group) => group.findings.length > 0);
  const parts = groups.map((group, index) => {
    const lead = index === 0 ? `Declared ${declared}, but these changes are at least ${group.tier}:` : `These are at least ${group.tier}:`;
    return `${lead} ${group.findings.map((f) => f.sentence).join(' ')}`;
  });
  const hint = `Declare at least ${floor} in the change note, or undo these changes.`;
  return { ok: false, floor, because: groups.flatMap((g) => g.findings), message: `${parts.join(' ')} ${hint}` };
}
