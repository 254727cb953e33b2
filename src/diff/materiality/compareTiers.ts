import { TIERS, type TierName } from '../../model/release.ts';

/** Orders tiers weakest first: negative when `a` is below `b`. */
export function compareTiers(a: TierName, b: TierName): number {
  return TIERS.indexOf(a) - TIERS.indexOf(b);
}
