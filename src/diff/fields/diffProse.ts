import type { Policy } from '../../model/schema.ts';
import { diffWording, diffWordingFields } from './diffWording.ts';
import type { Finding } from './finding.ts';
import { matchItems } from './matchItems.ts';
import type { PolicyVersion } from './policyVersion.ts';

/**
 * Free prose sections by id: heading and body. Where a section is placed (`after`) and which file
 * holds it are not part of what it says, so moving or renaming the file is not a change.
 */
export function diffProseSections(before: PolicyVersion, after: PolicyVersion): Finding[] {
  const ids = [...new Set([...before.data.prose.map((s) => s.id), ...Object.keys(before.prose), ...after.data.prose.map((s) => s.id), ...Object.keys(after.prose)])];
  return ids.flatMap((id) => {
    const b = before.data.prose.find((s) => s.id === id);
    const a = after.data.prose.find((s) => s.id === id);
    return [
      ...diffWording(`prose[${id}].heading`, `heading of the section "${id}"`, b?.heading, a?.heading),
      ...diffWording(`prose[${id}].body`, `section "${id}"`, before.prose[id], after.prose[id]),
    ];
  });
}

/** Section headings by section id. */
export function diffHeadings(before: Policy['headings'], after: Policy['headings']): Finding[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.flatMap((key) => diffWording(`headings[${key}]`, `heading of "${key}"`, before[key], after[key]));
}

/** General statements of the lawful bases, by id; they are wording, the bases that bind are on purposes. */
export function diffBasisStatements(before: Policy['basisStatements'], after: Policy['basisStatements']): Finding[] {
  const { added, removed, kept } = matchItems(before, after, (s) => s.id);
  return [
    ...added.map((s) => diffWording(`basisStatements[${s.id}]`, 'statement of a lawful basis', undefined, s)).flat(),
    ...removed.map((s) => diffWording(`basisStatements[${s.id}]`, 'statement of a lawful basis', s, undefined)).flat(),
    ...kept.flatMap(({ key, before: b, after: a }) => diffWordingFields(`basisStatements[${key}]`, `statement of ${a.basis.replace(/-/g, ' ')}`, b, a, ['basis', 'statement', 'items'])),
  ];
}
