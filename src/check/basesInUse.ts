import type { LawfulBasisKind, Policy } from '../model/schema.ts';

/** Every lawful basis the notice relies on, whether tied to a purpose or stated in general. */
export function basesInUse(policy: Policy): Set<LawfulBasisKind> {
  return new Set([...policy.purposes.flatMap((purpose) => purpose.bases), ...policy.basisStatements.map((statement) => statement.basis)]);
}

/** Where a basis is first relied on: a purpose's bases entry or a basis statement, as a YAML path. */
export function firstUseOf(policy: Policy, basis: LawfulBasisKind): (string | number)[] | undefined {
  for (const [index, purpose] of policy.purposes.entries()) {
    const position = purpose.bases.indexOf(basis);
    if (position >= 0) return ['purposes', index, 'bases', position];
  }
  const statement = policy.basisStatements.findIndex((candidate) => candidate.basis === basis);
  return statement >= 0 ? ['basisStatements', statement, 'basis'] : undefined;
}
