import type { Finding, Rule } from '../rule.ts';

/** Art. 13(2)(f): whether automated decisions are made, and if so their logic and consequences. */
export const automatedDecisionsStatement: Rule = {
  id: 'automated-decisions-statement',
  defaultSeverity: 'warn',
  description: 'The notice says whether decisions are made solely by automated means (`automatedDecisions`), even if none are, and explains them when they are (Art. 13(2)(f)).',
  example: 'a policy.yaml with no `automatedDecisions:` key',
  check({ policy, at }) {
    const findings: Finding[] = [];
    const right = policy.rights.list.findIndex((candidate) => candidate.kind === 'automated-decisions');
    if (policy.automatedDecisions === undefined) {
      findings.push({
        position: right >= 0 ? at(['rights', 'list', right]) : at([], { key: 'rights' }),
        message: `The notice does not say whether decisions are made solely by automated means${right >= 0 ? ', though it lists a right about them' : ''}; Art. 13(2)(f) requires a statement, even one of none.`,
        hint: 'Add `automatedDecisions: { exists: false, statement: "We do not make decisions about you based solely on automated processing." }`, or describe them.',
      });
    } else if (policy.automatedDecisions.exists && policy.automatedDecisions.statement === undefined) {
      findings.push({
        position: at(['automatedDecisions']),
        message: 'Automated decisions are made, but the notice does not explain the logic involved or their significance and consequences.',
        hint: 'Add `statement:` under automatedDecisions explaining the logic, significance and envisaged consequences.',
      });
    }
    return findings;
  },
};
