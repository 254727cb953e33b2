import type { Rule } from '../rule.ts';

/** Art. 13(1)(b): the contact details of a designated DPO. */
export const dpoContact: Rule = {
  id: 'dpo-contact',
  defaultSeverity: 'error',
  description: 'A designated data protection officer has at least one contact channel (Art. 13(1)(b)).',
  example: 'dpo: { designated: true, name: "Jane Smith", contact: [] }',
  check({ policy, at }) {
    if (policy.dpo?.designated !== true || policy.dpo.contact.length > 0) return [];
    return [
      {
        position: at(['dpo']),
        message: 'A data protection officer is designated but no contact details are given; Art. 13(1)(b) requires them.',
        hint: 'Add `contact:` under dpo with at least an email address, e.g. `- { kind: email, label: "Email", value: dpo@example.com }`.',
      },
    ];
  },
};
