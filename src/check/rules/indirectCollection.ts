import type { Finding, Rule } from '../rule.ts';

// A source named only by what it is not ("other third parties") tells the reader nothing (Art. 14(2)(f)).
const GENERIC_SOURCE = /^(?:(?:other|various|certain|selected|some|any)\s+)*(?:third[- ]part(?:y|ies)|sources?|partners?|companies|organi[sz]ations|providers?)\.?$/i;

/** Art. 14(1)(d) and 14(2)(f): data not obtained from the person needs its categories and its sources. */
export const indirectCollection: Rule = {
  id: 'indirect-collection',
  defaultSeverity: 'warn',
  description: 'Data obtained from others (Art. 14) says which categories it covers and names each source specifically; every non-data-subject source feeds some category.',
  example: 'sources: [{ id: others, kind: other, name: "Other third parties" }]',
  check({ policy, at }) {
    const findings: Finding[] = [];
    const indirect = new Set(policy.sources.filter((source) => source.kind === 'other').map((source) => source.id));
    const used = new Set(policy.dataCategories.flatMap((category) => category.sources));
    policy.dataCategories.forEach((category, index) => {
      const others = category.sources.filter((id) => indirect.has(id));
      if (others.length === 0 || category.items.length > 0 || category.intro !== undefined) return;
      findings.push({
        position: at(['dataCategories', index]),
        message: `Data category "${category.id}" comes from ${others.join(', ')} but does not say what data it holds; Art. 14(1)(d) expects the categories of data obtained.`,
        hint: 'Add `items:` listing the data obtained from these sources.',
      });
    });
    policy.sources.forEach((source, index) => {
      if (source.kind !== 'other') return;
      if (!used.has(source.id)) {
        findings.push({
          position: at(['sources', index]),
          message: `Source "${source.id}" is not named by any data category, so the notice does not say what data comes from it.`,
          hint: `Add "${source.id}" to the \`sources\` of the data categories obtained from it, or remove the source.`,
        });
      }
      if (GENERIC_SOURCE.test(source.name.trim().replace(/^our\s+/i, ''))) {
        findings.push({
          position: at(['sources', index, 'name']),
          message: `Source "${source.id}" is named only as "${source.name}"; Art. 14(2)(f) expects the source to be identified, or at least its nature described.`,
          hint: 'Name the organisation, or describe the kind of source (e.g. "credit reference agencies").',
        });
      }
    });
    return findings;
  },
};
