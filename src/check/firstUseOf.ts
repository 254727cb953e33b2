import type { LawfulBasisKind, Policy } from '../model/schema.ts';

/** Where a basis is first relied on: a purpose's bases entry or a basis statement, as a YAML path. */
export function firstUseOf(policy: Policy, basis: LawfulBasisKind): (string | number)[] | undefined {
  for (const [index, purpose] of policy.purposes.entries()) {
    const position = purpose.bases.indexOf(basis);
    if (position >= 0) return ['purposes', index, 'bases', position];
  }
  const statement = policy.basisStatements.findIndex((candidate) => candidate.basis === basis);
  return statement >= 0 ? ['basisStatements', statement, 'basis'] : undefined;
}
