import type { TierName } from '../../model/release.ts';
import type { Finding } from '../fields/index.ts';
import { compareTiers } from './compareTiers.ts';
import { FLOORS } from './floors.ts';

/** The lowest tier a release may declare, and the findings that set it. */
export interface Floor {
  floor: TierName | null;
  because: Finding[];
}

/** Computes the materiality floor of a set of findings: the highest floor among them, or null when none has one. */
export function computeFloor(findings: readonly Finding[]): Floor {
  let floor: TierName | null = null;
  for (const finding of findings) {
    const tier = FLOORS[finding.kind];
    if (tier !== null && (floor === null || compareTiers(tier, floor) > 0)) floor = tier;
  }
  return { floor, because: floor === null ? [] : findings.filter((f) => FLOORS[f.kind] === floor) };
}
