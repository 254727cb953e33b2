import type { Finding, Rule } from '../rule.ts';

/** Purposes may only name legitimate interests that exist. */
export const refUnknownLegitimateInterest: Rule = {
  id: 'ref-unknown-legitimate-interest',
  defaultSeverity: 'error',
  description: 'Every legitimate interest named by a purpose is defined under `legitimateInterests`.',
  example: 'purposes: [{ id: analytics, legitimateInterests: [product-improvment], … }]',
  check({ policy, at }) {
    const defined = new Set(policy.legitimateInterests.map((interest) => interest.id));
    const findings: Finding[] = [];
    policy.purposes.forEach((purpose, index) =>
      purpose.legitimateInterests.forEach((name, position) => {
        if (defined.has(name)) return;
        findings.push({
          position: at(['purposes', index, 'legitimateInterests', position]),
          message: `Purpose "${purpose.id}" names legitimate interest "${name}", which is not defined; expected one of: ${[...defined].join(', ') || '(none defined)'}.`,
          hint: `Correct the id, or add an interest with id "${name}" under legitimateInterests.`,
        });
      }),
    );
    return findings;
  },
};
