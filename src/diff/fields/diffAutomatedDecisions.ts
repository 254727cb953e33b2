import type { Policy } from '../../model/schema.ts';
import { createFinding, type Finding } from './finding.ts';
import { sameValue } from './normaliseText.ts';
import { quoteText } from './quoteText.ts';

/** Automated decision-making: starting it is its own finding; anything else is a changed statement. */
export function diffAutomatedDecisions(before: Policy['automatedDecisions'], after: Policy['automatedDecisions']): Finding[] {
  if (sameValue(before, after)) return [];
  if (after?.exists === true && before?.exists !== true) {
    return [createFinding('automated-decisions-added', 'automatedDecisions.exists', after.statement ? quoteText(after.statement) : 'decisions based solely on automated processing are now made', before, after)];
  }
  let detail = 'statement reworded';
  if (before?.exists === true && after?.exists !== true) detail = 'decisions based solely on automated processing are no longer made';
  else if (after === undefined) detail = 'statement removed';
  else if (before === undefined) detail = 'statement added';
  return [createFinding('automated-decisions-changed', 'automatedDecisions', detail, before, after)];
}
