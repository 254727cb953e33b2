import type { ReleaseFile } from '../load/index.ts';
import { createMessage, type Message } from '../model/message.ts';
import { sha256 } from './sha256.ts';
import { hashData, hashFields, recomputeRecordHash } from './hashRelease.ts';

/** Recomputes every hash of a policy's releases and checks the chain; each break names the record and field. */
export function verifyReleases(policy: string, releases: readonly ReleaseFile[]): Message[] {
  const messages: Message[] = [];
  const fail = (release: ReleaseFile, path: PropertyKey[], ruleId: string, message: string, hint: string) =>
    messages.push(createMessage(release.file, release.locate(path), 'error', ruleId, message, hint));
  const tampered = 'A released record is immutable: restore it from version control and make the change as a new release.';

  let previous: string | null = null;
  releases.forEach((release, index) => {
    const record = release.raw;
    if (!record) return;
    const name = release.file.split(/[\\/]/).pop();
    if (record.policy !== policy) fail(release, ['policy'], 'release-policy', `Record ${name} belongs to policy "${record.policy}", not "${policy}".`, tampered);
    if (`${record.version}.json` !== name) {
      fail(release, ['version'], 'release-file-name', `Record ${name} holds version "${record.version}"; its file name must be ${record.version}.json.`, 'Records are not renamed or swapped; restore the original files.');
    }
    if (record.sequence !== index + 1) {
      fail(release, ['sequence'], 'release-sequence', `Record ${name} has sequence ${record.sequence} where ${index + 1} was expected: a release before it is missing or the records were reordered.`, tampered);
    }
    const fields = hashFields(stripHashes(record));
    for (const [field, hash] of Object.entries(record.hashes.fields)) {
      if (fields[field] !== hash) {
        const path = field.split('.');
        fail(release, path, 'release-field-edited', `Field "${field}" of release ${record.version} was edited after release (its hash no longer matches hashes.fields).`, tampered);
      }
    }
    for (const field of Object.keys(fields)) {
      if (!(field in record.hashes.fields)) fail(release, field.split('.'), 'release-field-edited', `Field "${field}" of release ${record.version} was added after release.`, tampered);
    }
    if (hashData(record.data, record.prose) !== record.hashes.data) {
      fail(release, ['hashes', 'data'], 'release-hash-mismatch', `Release ${record.version}: hashes.data does not match its data and prose.`, tampered);
    }
    if (sha256(record.text) !== record.hashes.text) {
      fail(release, ['hashes', 'text'], 'release-hash-mismatch', `Release ${record.version}: hashes.text does not match its text.`, tampered);
    }
    if (recomputeRecordHash(record) !== record.hashes.record) {
      fail(release, ['hashes', 'record'], 'release-hash-mismatch', `Release ${record.version}: hashes.record does not match the record.`, tampered);
    }
    if (record.hashes.previous !== previous) {
      fail(
        release,
        ['hashes', 'previous'],
        'release-chain-broken',
        previous === null
          ? `Release ${record.version} points to a previous release, but it is the first record: an earlier release was removed.`
          : `Release ${record.version} does not chain to the record before it: a release was removed, reordered or altered.`,
        tampered,
      );
    }
    // Chain to what the record actually holds, so a forged record hash is named on its own record only.
    previous = recomputeRecordHash(record);
  });
  return messages;
}

function stripHashes<T extends { hashes: unknown }>(record: T): Omit<T, 'hashes'> {
  const { hashes: _hashes, ...rest } = record;
  return rest;
}

