import type { LawfulBasisKind, Policy } from './schema.ts';

/** Every lawful basis the notice relies on, whether tied to a purpose or stated in general. */
export function basesInUse(policy: Policy): Set<LawfulBasisKind> {
  return new Set([...policy.purposes.flatMap((purpose) => purpose.bases), ...policy.basisStatements.map((statement) => statement.basis)]);
}
