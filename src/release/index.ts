export { canonicalJson, canonicalJsonPretty } from './canonicalJson.ts';
export { sha256 } from './sha256.ts';
export { hashData, hashFields, hashRelease, recomputeRecordHash, type UnhashedRecord } from './hashRelease.ts';
export { verifyReleases } from './verifyReleases.ts';
export { planRelease, type ReleasePlan, type ReleaseRequest, type ReleaseGate } from './planRelease.ts';
export { applyRelease } from './applyRelease.ts';
export { releaseGate } from './releaseGate.ts';
