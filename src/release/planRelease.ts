import path from 'node:path';
import type { VersionInfo } from '../compose/composeNotice.ts';
import { proseTexts } from '../load/proseTexts.ts';
import type { LoadedPolicy } from '../load/readPolicy.ts';
import { isCalendarDate } from '../model/isCalendarDate.ts';
import { createMessage, type Message } from '../model/message.ts';
import { highestTier, type ReleaseRecord, type TierName } from '../model/release.ts';
import type { Policy } from '../model/schema.ts';
import { canonicalJsonPretty } from './canonicalJson.ts';
import { hashData, hashRelease } from './hashRelease.ts';

/** A version id names a folder under dist/<policy>/, beside the build's own. */
const VERSION_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const RESERVED_VERSIONS = ['draft', 'latest'];

/** What the editor asked for on the command line. */
export interface ReleaseRequest {
  issued: string;
  effective?: string;
  version?: string;
}

/** Checks a proposed record against what changed; returns messages that refuse it (e.g. a tier below its floor). */
export type ReleaseGate = (previous: ReleaseRecord | undefined, next: ReleaseRecord) => Message[];

/** The release to write, computed before anything is touched. */
export interface ReleasePlan {
  record: ReleaseRecord;
  write: { path: string; content: string };
  remove: string[];
}

/**
 * Freezes the draft into a release record: checks dates, notes and that something
 * changed, then hashes and chains it. Pure: `compose` renders the draft's text for a
 * given version, and nothing is written.
 */
export function planRelease(
  loaded: LoadedPolicy & { policy: Policy },
  request: ReleaseRequest,
  compose: (version: VersionInfo) => string,
  gate: ReleaseGate = () => [],
): { plan?: ReleasePlan; messages: Message[] } {
  const refuse = (ruleId: string, message: string, hint: string, file = loaded.policyFile): { messages: Message[] } => ({
    messages: [createMessage(file, undefined, 'error', ruleId, message, hint)],
  });
  const records = loaded.releases.map((r) => r.record).filter((r): r is ReleaseRecord => r !== undefined);
  const previous = records.at(-1);
  const version = request.version ?? request.issued;
  const effective = request.effective ?? request.issued;
  if (!isCalendarDate(request.issued) || !isCalendarDate(effective)) return refuse('release-date', `Dates must be real calendar dates written YYYY-MM-DD (got ${request.issued}${request.effective ? `, ${request.effective}` : ''}).`, 'Pass --issued 2025-01-31.');
  if (!VERSION_ID.test(version) || RESERVED_VERSIONS.includes(version)) {
    return refuse('release-version', `"${version}" cannot be a version id: ${RESERVED_VERSIONS.includes(version) ? 'the build uses that folder name itself' : 'use letters, digits, hyphens and underscores'}.`, 'Leave out --version to use the issue date.');
  }
  if (effective < request.issued) return refuse('release-date', `The effective date ${effective} is before the issue date ${request.issued}.`, 'A notice takes effect on or after the day it is issued.');
  if (records.some((r) => r.version === version)) return refuse('release-version-exists', `Version ${version} is already released.`, 'Pass --version with a new id, e.g. the issue date with a suffix.');
  if (previous && request.issued < previous.issued) return refuse('release-date', `The issue date ${request.issued} is before the last release's (${previous.issued}).`, 'Releases are issued in order.');
  if (previous && effective < previous.effective) {
    // Otherwise this release would become "latest" before the one it follows, and carry its changes early.
    return refuse('release-date', `The effective date ${effective} is before the last release's (${previous.effective}).`, `Pass --effective ${previous.effective} or later.`);
  }
  if (loaded.changeNotes.length === 0) {
    return refuse('release-no-change-note', 'There is no change note under changes/: a release must say what changed and how much it matters.', `Add ${path.join(loaded.dir, 'changes', 'describe-the-change.md')} with front matter "tier:" and "summary:".`);
  }

  const prose = proseTexts(loaded);
  if (previous) {
    const sameData = hashData(loaded.policy, prose) === previous.hashes.data;
    const sameText = compose({ id: previous.version, draft: false, issued: previous.issued, effective: previous.effective }) === previous.text;
    if (sameData && sameText) return refuse('release-unchanged', `The draft is the same as release ${previous.version}: nothing changed.`, 'Edit the policy first; a new release needs a change.');
  }

  const notes = loaded.changeNotes;
  const tier: TierName = highestTier(notes.map((n) => n.tier))!;
  const record = hashRelease(
    {
      format: 1,
      policy: loaded.id,
      version,
      sequence: records.length + 1,
      issued: request.issued,
      effective,
      tier,
      summary: notes.map((n) => n.summary).join(' '),
      changes: notes.map(({ file, tier: noteTier, summary, body }) => ({ file, tier: noteTier, summary, body })),
      data: loaded.policy,
      prose,
      text: compose({ id: version, draft: false, issued: request.issued, effective }),
    },
    previous?.hashes.record ?? null,
  );
  const gateMessages = gate(previous, record);
  if (gateMessages.length > 0) return { messages: gateMessages };
  return {
    plan: { record, write: { path: path.join(loaded.dir, 'releases', `${version}.json`), content: canonicalJsonPretty(record) }, remove: notes.map((n) => n.path) },
    messages: [],
  };
}
