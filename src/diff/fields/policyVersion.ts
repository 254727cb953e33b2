import type { Policy } from '../../model/schema.ts';
import type { Finding } from './finding.ts';

/** One version of a notice as the diff sees it: the data and the prose bodies by section id. */
export interface PolicyVersion {
  data: Policy;
  prose: Record<string, string>;
}

/** Compares one part of two versions. */
export type PartDiffer = (before: PolicyVersion, after: PolicyVersion) => Finding[];
