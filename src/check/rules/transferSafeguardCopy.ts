import type { Finding, Rule } from '../rule.ts';

/** Art. 13(1)(f): for clauses and corporate rules, the means to obtain a copy. */
export const transferSafeguardCopy: Rule = {
  id: 'transfer-safeguard-copy',
  defaultSeverity: 'warn',
  description: 'A transfer under standard contractual clauses or binding corporate rules says how to get a copy, with a link (Art. 13(1)(f)).',
  example: '`copy: { text: "Those clauses can be accessed here." }` with no `url`',
  check({ policy, at }) {
    const findings: Finding[] = [];
    policy.transfers.list.forEach((transfer, index) => {
      if (transfer.mechanism !== 'standard-contractual-clauses' && transfer.mechanism !== 'binding-corporate-rules') return;
      const safeguard = transfer.mechanism === 'standard-contractual-clauses' ? 'standard contractual clauses' : 'binding corporate rules';
      if (transfer.copy === undefined) {
        findings.push({
          position: at(['transfers', 'list', index]),
          message: `Transfer "${transfer.id}" relies on ${safeguard} but does not say how to get a copy of them.`,
          hint: 'Add `copy: { text: "…", url: https://… }` pointing at the clauses or saying how to request them.',
        });
      } else if (transfer.copy.url === undefined) {
        findings.push({
          position: at(['transfers', 'list', index, 'copy']),
          message: `Transfer "${transfer.id}" says a copy of the ${safeguard} can be had ("${transfer.copy.text}") but gives no link or address to get it from.`,
          hint: 'Add `url:` under copy with the page or mailto: address where the copy is available.',
        });
      }
    });
    return findings;
  },
};
