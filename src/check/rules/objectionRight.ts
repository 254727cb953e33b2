import { basesInUse } from '../../model/basesInUse.ts';
import { firstUseOf } from '../firstUseOf.ts';
import type { Rule } from '../rule.ts';

/** Art. 21(4): where the basis is legitimate interests or public task, the right to object, shown separately. */
export const objectionRight: Rule = {
  id: 'objection-right',
  defaultSeverity: 'error',
  description: 'When legitimate interests or public task is a basis, the rights list has its own entry of kind objection (Art. 21(1) and (4)).',
  example: '`purposes: [{ id: fraud, bases: [legitimate-interests], … }]` with no right `kind: objection`',
  check({ policy, at }) {
    const bases = basesInUse(policy);
    const basis = bases.has('legitimate-interests') ? 'legitimate-interests' : bases.has('public-task') ? 'public-task' : undefined;
    if (basis === undefined || policy.rights.list.some((right) => right.kind === 'objection')) return [];
    const use = firstUseOf(policy, basis)!;
    return [
      {
        position: at(['rights', 'list']),
        message: `The notice relies on ${basis} (${use.join('.')}, line ${at(use).line}) but states no right to object; Art. 21(4) requires it, shown separately from other information.`,
        hint: 'Add a right with `kind: objection` to rights.list, saying how to object.',
      },
    ];
  },
};
