import type { Finding, Rule } from '../rule.ts';

/** Data categories may only name sources that exist. */
export const refUnknownSource: Rule = {
  id: 'ref-unknown-source',
  defaultSeverity: 'error',
  description: 'Every source named by a data category is defined under `sources`.',
  example: '`dataCategories: [{ id: contact, sources: [credit-agency], … }]` with no source `credit-agency`',
  check({ policy, at }) {
    const defined = new Set(policy.sources.map((source) => source.id));
    const findings: Finding[] = [];
    policy.dataCategories.forEach((category, index) =>
      category.sources.forEach((name, position) => {
        if (defined.has(name)) return;
        findings.push({
          position: at(['dataCategories', index, 'sources', position]),
          message: `Data category "${category.id}" names source "${name}", which is not defined; expected one of: ${[...defined].join(', ')}.`,
          hint: `Correct the id, or add a source with id "${name}" under sources.`,
        });
      }),
    );
    return findings;
  },
};
