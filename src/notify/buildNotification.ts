import { createHash } from 'node:crypto';
import { diffFields, FLOORS, summariseFindings, type Finding } from '../diff/index.ts';
import { basesInUse } from '../model/basesInUse.ts';
import type { Notification } from '../model/notification.ts';
import type { ReleaseRecord } from '../model/release.ts';
import { idempotencyKey } from './webhook/index.ts';

/** True when a release must be notified to users: material or fundamental, with a release before it. */
export function needsNotification(record: ReleaseRecord, previous: ReleaseRecord | undefined): previous is ReleaseRecord {
  return previous !== undefined && (record.tier === 'material' || record.tier === 'fundamental');
}

/** Builds the notification of a release from the release and the one before it; pass the findings between them when already computed. */
export function buildNotification(
  policyName: string,
  record: ReleaseRecord,
  previous: ReleaseRecord,
  options: { pdf: boolean },
  findings: readonly Finding[] = diffFields({ data: previous.data, prose: previous.prose }, { data: record.data, prose: record.prose }),
): Notification {
  // The same reading of the bases as the linter's objection-right and consent-withdrawal rules.
  const bases = basesInUse(record.data);
  const actions: string[] = [];
  const objection = record.data.rights.list.find((r) => r.kind === 'objection');
  if (objection && (bases.has('legitimate-interests') || bases.has('public-task'))) {
    actions.push(`${objection.title}: ${objection.statement}`);
  }
  if (record.data.rights.withdrawConsent && bases.has('consent')) {
    actions.push(record.data.rights.withdrawConsent);
  }
  for (const channel of record.data.contact.channels) actions.push(`${channel.label} ${channel.value}`.replace(/:?\s+/, ': '));
  const content = {
    policy: record.policy,
    version: record.version,
    record: record.hashes.record,
  };
  const digest = createHash('sha256').update(JSON.stringify(content)).digest('hex');
  return {
    format: 1,
    id: idempotencyKey(record.policy, record.version, digest),
    policy: record.policy,
    policyName,
    version: record.version,
    previousVersion: previous.version,
    tier: record.tier,
    issued: record.issued,
    effective: record.effective,
    summary: record.summary,
    changes: summariseFindings(findings),
    findings: findings.map((f) => ({ kind: f.kind, path: f.path, sentence: f.sentence, floor: FLOORS[f.kind] })),
    actions,
    links: {
      notice: 'notice.html',
      ...(options.pdf ? { pdf: 'notice.pdf' } : {}),
      redline: 'changes.html',
      previousNotice: `../${previous.version}/notice.html`,
      history: '../index.html',
    },
  };
}
