import type { Rule } from '../rule.ts';

/** Art. 13(1)(f): a transfer names its safeguard or legal ground. */
export const transferSafeguard: Rule = {
  id: 'transfer-safeguard',
  defaultSeverity: 'error',
  description: 'Every international transfer names its safeguard: adequacy, standard contractual clauses, binding corporate rules or a derogation (Art. 13(1)(f)).',
  example: 'transfers.list: [{ id: us-hosting, destination: "United States", mechanism: none-stated, … }]',
  check({ policy, at }) {
    return policy.transfers.list
      .map((transfer, index) => ({ transfer, index }))
      .filter(({ transfer }) => transfer.mechanism === 'none-stated')
      .map(({ transfer, index }) => ({
        position: at(['transfers', 'list', index, 'mechanism']),
        message: `Transfer "${transfer.id}" to ${transfer.destination} states no safeguard; Art. 13(1)(f) expects an adequacy decision, safeguard or derogation to be named.`,
        hint: 'Set `mechanism:` to adequacy, standard-contractual-clauses, binding-corporate-rules or derogation, and say so in the description.',
      }));
  },
};
