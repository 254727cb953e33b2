import type { Policy } from '../../model/schema.ts';

/** One version of a notice as the diff sees it: the data and the prose bodies by section id. */
export interface PolicyVersion {
  data: Policy;
  prose: Record<string, string>;
}

/** Compares one part of two versions. */
export type PartDiffer = (before: PolicyVersion, after: PolicyVersion) => import('./finding.ts').Finding[];
