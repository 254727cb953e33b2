import { basesInUse } from '../../model/basesInUse.ts';
import { firstUseOf } from '../firstUseOf.ts';
import type { Rule } from '../rule.ts';

/** Art. 13(2)(c): where consent is the basis, the right to withdraw it at any time. */
export const consentWithdrawal: Rule = {
  id: 'consent-withdrawal',
  defaultSeverity: 'error',
  description: 'When consent is a basis anywhere, the notice states the right to withdraw consent at any time (Art. 13(2)(c)).',
  example: '`purposes: [{ id: newsletter, bases: [consent] }]` with no `rights.withdrawConsent`',
  check({ policy, at }) {
    if (!basesInUse(policy).has('consent')) return [];
    if (policy.rights.withdrawConsent !== undefined || policy.rights.list.some((right) => right.kind === 'withdraw-consent')) return [];
    const use = firstUseOf(policy, 'consent')!;
    return [
      {
        position: at(['rights']),
        message: `Consent is relied on (${use.join('.')}, line ${at(use).line}) but the notice does not state the right to withdraw it; Art. 13(2)(c) requires it.`,
        hint: 'Add `rights.withdrawConsent:` saying consent can be withdrawn at any time, and how.',
      },
    ];
  },
};
