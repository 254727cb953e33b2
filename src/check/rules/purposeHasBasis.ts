import type { Rule } from '../rule.ts';

/** Art. 13(1)(c): the purposes and the legal basis for each. */
export const purposeHasBasis: Rule = {
  id: 'purpose-has-basis',
  defaultSeverity: 'warn',
  description: 'Each purpose lists its lawful basis (Art. 13(1)(c)); general basis statements alone leave the reader to guess which applies.',
  example: '`purposes: [{ id: account, description: "To manage your account." }]` with no `bases`',
  check({ policy, at, written }) {
    return policy.purposes
      .map((purpose, index) => ({ purpose, index }))
      .filter(({ purpose }) => purpose.bases.length === 0)
      .map(({ purpose, index }) => ({
        position: written(['purposes', index, 'bases']) ? at(['purposes', index, 'bases']) : at(['purposes', index]),
        message: `Purpose "${purpose.id}" states no lawful basis; Art. 13(1)(c) expects the basis for each purpose.`,
        hint: 'Add `bases:` to the purpose, e.g. `bases: [contract]`, choosing from consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests.',
      }));
  },
};
