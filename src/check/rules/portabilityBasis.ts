import { basesInUse } from '../../model/basesInUse.ts';
import type { Rule } from '../rule.ts';

/** Art. 20(1): portability applies only to processing based on consent or contract. */
export const portabilityBasis: Rule = {
  id: 'portability-basis',
  defaultSeverity: 'warn',
  description: 'A right to data portability is only stated when some processing rests on consent or contract (Art. 20(1)(a)).',
  example: '`rights.list` has `kind: portability` while every purpose is `bases: [legal-obligation]`',
  check({ policy, at }) {
    const bases = basesInUse(policy);
    if (bases.has('consent') || bases.has('contract')) return [];
    const index = policy.rights.list.findIndex((right) => right.kind === 'portability');
    if (index < 0) return [];
    return [
      {
        position: at(['rights', 'list', index]),
        message: 'The notice states a right to data portability, but no processing rests on consent or contract, the only bases it applies to.',
        hint: 'Remove the portability right, or give the purposes that rest on consent or contract their basis.',
      },
    ];
  },
};
