// Entry point of the field-level diff: two versions of a notice in, typed findings out. Pure.
export { diffFields } from './diffFields.ts';
export { FINDING_KINDS, FINDING_LEADS, findingDetail, type Finding, type FindingKind } from './finding.ts';
export type { PolicyVersion } from './policyVersion.ts';
