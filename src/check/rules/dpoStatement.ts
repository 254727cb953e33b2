import type { Rule } from '../rule.ts';

/** Whether a DPO exists is worth saying either way; silence leaves the reader guessing. */
export const dpoStatement: Rule = {
  id: 'dpo-statement',
  defaultSeverity: 'info',
  description: 'The notice says whether a data protection officer is designated (`dpo`), and if not, who handles privacy questions.',
  example: 'a policy.yaml with no `dpo:` key',
  check({ policy, at }) {
    if (policy.dpo !== undefined) return [];
    const channels = [...policy.contact.channels, ...policy.controllers.flatMap((controller) => controller.contact)];
    const suggestive = channels.find((channel) => /\bdpo\b|data[-. ]?protection/i.test(channel.value));
    return [
      {
        position: at([], { key: 'controllers' }),
        message: `The notice does not say whether a data protection officer is designated${suggestive ? `, though the contact address ${suggestive.value} suggests one` : ''}.`,
        hint: 'Add `dpo: { designated: true, contact: [...] }`, or `dpo: { designated: false, statement: "…" }` naming who handles privacy questions.',
      },
    ];
  },
};
