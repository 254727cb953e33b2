import type { CompiledTemplates } from '../compose/compileTemplates.ts';
import { composeNotice, type VersionInfo } from '../compose/composeNotice.ts';
import type { LoadedPolicy } from '../load/index.ts';
import { proseTexts } from '../load/proseTexts.ts';
import type { Message } from '../model/message.ts';
import type { ReleaseRecord, TierName } from '../model/release.ts';
import type { Policy } from '../model/schema.ts';

/** One version of a notice as the build renders it: a frozen release, or the current draft. */
export interface NoticeVersion {
  info: VersionInfo;
  /** Folder name under dist/<policy>/: the version id, or "draft". */
  dir: string;
  markdown: string;
  data: Policy;
  prose: Record<string, string>;
  record?: ReleaseRecord;
  tier?: TierName;
  summary?: string;
  /** The release before this one, if any. */
  previous?: ReleaseRecord;
  /** For the draft: the tiers its pending change notes declare. */
  pendingTiers?: TierName[];
}

/** Lists every release of a policy (from its frozen records) and the draft (composed now), oldest first. */
export function listVersions(loaded: LoadedPolicy & { policy: Policy }, templates: CompiledTemplates): { versions: NoticeVersion[]; messages: Message[] } {
  const versions: NoticeVersion[] = [];
  let previous: ReleaseRecord | undefined;
  for (const { record } of loaded.releases) {
    if (!record) continue;
    versions.push({
      info: { id: record.version, draft: false, issued: record.issued, effective: record.effective },
      dir: record.version,
      // Released text is frozen: templates changed since then do not change it.
      markdown: record.text,
      data: record.data,
      prose: record.prose,
      record,
      tier: record.tier,
      summary: record.summary,
      ...(previous ? { previous } : {}),
    });
    previous = record;
  }
  const prose = proseTexts(loaded);
  const info: VersionInfo = { id: 'draft', draft: true };
  const composed = composeNotice(loaded.policy, prose, info, templates);
  if (composed.markdown !== undefined) {
    const pending = loaded.changeNotes;
    versions.push({
      info,
      dir: 'draft',
      markdown: composed.markdown,
      data: loaded.policy,
      prose,
      ...(pending.length > 0 ? { summary: pending.map((n) => n.summary).join(' '), pendingTiers: pending.map((n) => n.tier) } : {}),
      ...(previous ? { previous } : {}),
    });
  }
  return { versions, messages: composed.messages };
}

/** The newest release already in effect on `today` (YYYY-MM-DD), if any. */
export function latestInEffect(versions: readonly NoticeVersion[], today: string): NoticeVersion | undefined {
  return versions.filter((v) => !v.info.draft && (v.info.effective ?? '9999') <= today).at(-1);
}
