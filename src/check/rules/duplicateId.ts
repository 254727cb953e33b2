import type { Finding, Rule, YamlPath } from '../rule.ts';

/** Lists whose items carry an id that others refer to, by YAML path. */
const ID_LISTS: readonly YamlPath[] = [
  ['controllers'],
  ['sources'],
  ['dataCategories'],
  ['purposes'],
  ['basisStatements'],
  ['legitimateInterests'],
  ['recipients'],
  ['transfers', 'list'],
  ['retention'],
  ['prose'],
];

/** Ids are unique within each list, so references and anchors are unambiguous. */
export const duplicateId: Rule = {
  id: 'duplicate-id',
  defaultSeverity: 'error',
  description: 'Ids are unique within each list (controllers, sources, dataCategories, purposes, basisStatements, legitimateInterests, recipients, transfers.list, retention, prose).',
  example: 'purposes: [{ id: marketing, … }, { id: marketing, … }]',
  check({ policy, at }) {
    const findings: Finding[] = [];
    for (const listPath of ID_LISTS) {
      const items = listPath.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | undefined)?.[key], policy);
      if (!Array.isArray(items)) continue;
      const first = new Map<string, number>();
      items.forEach((item: { id: string }, index) => {
        const earlier = first.get(item.id);
        if (earlier === undefined) {
          first.set(item.id, index);
          return;
        }
        const earlierLine = at([...listPath, earlier, 'id']).line;
        findings.push({
          position: at([...listPath, index, 'id']),
          message: `Id "${item.id}" is used twice in ${listPath.join('.')} (first at line ${earlierLine}); ids must be unique within a list.`,
          hint: 'Rename one of them, and update any references to it.',
        });
      });
    }
    return findings;
  },
};
