import type { Rule } from '../rule.ts';

/** Art. 14(2)(f): whether data came from publicly accessible sources. */
export const sourcePubliclyAvailable: Rule = {
  id: 'source-publicly-available',
  defaultSeverity: 'info',
  description: 'Each source other than the person states `publiclyAvailable`, so the notice can say whether the data came from publicly accessible sources (Art. 14(2)(f)); the default of false is an assumption, not a statement.',
  example: '`sources: [{ id: partners, kind: other, name: "Joint marketing partners" }]` with no `publiclyAvailable`',
  check({ policy, at, written }) {
    return policy.sources
      .map((source, index) => ({ source, index }))
      .filter(({ source, index }) => source.kind === 'other' && !written(['sources', index, 'publiclyAvailable']))
      .map(({ source, index }) => ({
        position: at(['sources', index]),
        message: `Source "${source.id}" does not say whether it is publicly accessible; the notice will be read as saying it is not.`,
        hint: 'Add `publiclyAvailable: true` or `publiclyAvailable: false` to the source.',
      }));
  },
};
