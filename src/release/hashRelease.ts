import type { ReleaseRecord } from '../model/release.ts';
import type { Policy } from '../model/schema.ts';
import { canonicalJson } from './canonicalJson.ts';
import { sha256 } from './sha256.ts';

/** A record before its hashes are computed. */
export type UnhashedRecord = Omit<ReleaseRecord, 'hashes'>;

/** Hash of a policy's meaning: its data and prose, independent of key order and formatting. */
export function hashData(data: Policy, prose: Record<string, string>): string {
  return sha256(canonicalJson({ data, prose }));
}

/** Hashes of each top-level field and each key of `data`, so an edit can be named precisely. */
export function hashFields(record: UnhashedRecord): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) fields[key] = sha256(canonicalJson(value));
  for (const [key, value] of Object.entries(record.data)) fields[`data.${key}`] = sha256(canonicalJson(value));
  return fields;
}

/** Computes every hash of a record, chaining it to the record hash of the release before. */
export function hashRelease(record: UnhashedRecord, previous: string | null): ReleaseRecord {
  const partial = {
    ...record,
    hashes: { data: hashData(record.data, record.prose), text: sha256(record.text), previous, fields: hashFields(record) },
  };
  return { ...partial, hashes: { ...partial.hashes, record: sha256(canonicalJson(partial)) } };
}

/** Recomputes the record hash of a record as stored, for verification. */
export function recomputeRecordHash(record: ReleaseRecord): string {
  const { record: _stored, ...hashes } = record.hashes;
  return sha256(canonicalJson({ ...record, hashes }));
}
