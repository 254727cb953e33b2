import type { Finding, Rule } from '../rule.ts';

/** Art. 13(1)(d): where the basis is legitimate interests, the interests pursued. */
export const legitimateInterestNamed: Rule = {
  id: 'legitimate-interest-named',
  defaultSeverity: 'error',
  description: 'Every purpose with basis legitimate-interests names the interest it pursues, and a general legitimate-interests statement has interests listed (Art. 13(1)(d)).',
  example: '`purposes: [{ id: analytics, bases: [legitimate-interests] }]` with no `legitimateInterests`',
  check({ policy, at, written }) {
    const findings: Finding[] = [];
    policy.purposes.forEach((purpose, index) => {
      if (!purpose.bases.includes('legitimate-interests') || purpose.legitimateInterests.length > 0) return;
      const path = ['purposes', index, 'legitimateInterests'];
      findings.push({
        position: written(path) ? at(path) : at(['purposes', index, 'bases', purpose.bases.indexOf('legitimate-interests')]),
        message: `Purpose "${purpose.id}" relies on legitimate interests but names none; Art. 13(1)(d) expects the interest pursued.`,
        hint: policy.legitimateInterests.length > 0
          ? `Add \`legitimateInterests: [${policy.legitimateInterests[0]!.id}]\` (or whichever applies) to the purpose.`
          : 'Define the interest under legitimateInterests and name its id in the purpose\'s `legitimateInterests`.',
      });
    });
    if (policy.legitimateInterests.length === 0) {
      policy.basisStatements.forEach((statement, index) => {
        if (statement.basis !== 'legitimate-interests') return;
        findings.push({
          position: at(['basisStatements', index, 'basis']),
          message: `Basis statement "${statement.id}" relies on legitimate interests, but the notice lists no legitimate interests.`,
          hint: 'List the interests pursued under legitimateInterests.',
        });
      });
    }
    return findings;
  },
};
