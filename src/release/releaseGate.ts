import { checkDeclaredTier, diffFields } from '../diff/index.ts';
import { createMessage, type Message } from '../model/message.ts';
import type { PendingChangeNote } from '../load/readChangeNotes.ts';
import type { ReleaseRecord } from '../model/release.ts';
import type { ReleaseGate } from './planRelease.ts';

/**
 * The checks a release must pass against the one before: its declared tier is at least
 * the floor its field-level changes set, and a material or fundamental change leaves
 * users the notice period between issue and effect. Messages point at the `tier:` of the
 * change note that declares the release's tier.
 */
export function releaseGate(noticePeriodDays: number, notes: readonly PendingChangeNote[], fallbackFile: string): ReleaseGate {
  return (previous: ReleaseRecord | undefined, next: ReleaseRecord): Message[] => {
    const deciding = notes.find((note) => note.tier === next.tier);
    const file = deciding?.path ?? fallbackFile;
    const position = deciding?.tierPosition;
    // The first release has nothing before it to compare with or to notify about.
    if (!previous) return [];
    const messages: Message[] = [];
    const findings = diffFields({ data: previous.data, prose: previous.prose }, { data: next.data, prose: next.prose });
    const check = checkDeclaredTier(next.tier, findings);
    if (!check.ok) {
      messages.push(createMessage(file, position, 'error', 'release-tier-below-floor', check.message ?? `The declared tier ${next.tier} is below ${check.floor}.`, `Set "tier: ${check.floor}" in the change note.`));
    }
    if (next.tier === 'material' || next.tier === 'fundamental') {
      const days = daysBetween(next.issued, next.effective);
      if (days < noticePeriodDays) {
        messages.push(
          createMessage(
            file,
            position,
            'error',
            'release-notice-period',
            `A ${next.tier} change takes effect ${days} day(s) after it is issued (${next.issued} to ${next.effective}); users must be told at least ${noticePeriodDays} days before.`,
            `Pass --effective ${addDays(next.issued, noticePeriodDays)} or later, or change noticePeriodDays in config.yaml.`,
          ),
        );
      }
    }
    return messages;
  };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
