import { z } from 'zod';
import { IsoDate, PolicySchema } from './schema.ts';

/** The four materiality tiers, weakest first. */
export const TIERS = ['editorial', 'clarification', 'material', 'fundamental'] as const;
export const Tier = z.enum(TIERS).describe('Materiality of a change: editorial, clarification, material or fundamental.');
export type TierName = (typeof TIERS)[number];

/** The highest of some tiers, or undefined when there are none. */
export function highestTier(tiers: readonly TierName[]): TierName | undefined {
  if (tiers.length === 0) return undefined;
  return TIERS[Math.max(...tiers.map((tier) => TIERS.indexOf(tier)))];
}

const Hash = z.string().regex(/^sha256:[0-9a-f]{64}$/, 'a hash is sha256: followed by 64 hex digits');

/** A change note as consumed into a release. */
export const ChangeNoteSchema = z
  .strictObject({
    file: z.string().describe('Name of the note file under changes/.'),
    tier: Tier,
    summary: z.string().min(1).describe('One or two plain-language sentences for users.'),
    body: z.string().describe('The rest of the note, in Markdown, for editors and auditors.'),
  })
  .describe('A change note written by the editor.');

/** A frozen release of a policy, kept in `content/<policy>/releases/<version>.json`. */
export const ReleaseRecordSchema = z
  .strictObject({
    format: z.literal(1).describe('Version of the record format.'),
    policy: z.string().describe('Policy id.'),
    version: z.string().regex(/^(?!(?:draft|latest)$)[A-Za-z0-9][A-Za-z0-9_-]*$/, 'a version id is letters, digits, hyphens and underscores, and not draft or latest').describe('Version id; defaults to the issue date.'),
    sequence: z.number().int().min(1).describe('Position in the chain, 1 for the first release.'),
    issued: IsoDate.describe('Issue date.'),
    effective: IsoDate.describe('Date the version takes effect.'),
    tier: Tier.describe('The tier of this release: the highest tier of its change notes.'),
    summary: z.string().describe('Summary of the change, from the change notes.'),
    changes: z.array(ChangeNoteSchema).min(1).describe('The change notes this release consumed.'),
    data: PolicySchema.describe('The resolved policy data.'),
    prose: z.record(z.string(), z.string()).describe('Prose section bodies by id.'),
    text: z.string().describe('The canonical notice text, GFM Markdown.'),
    hashes: z
      .strictObject({
        data: Hash.describe('SHA-256 of the canonical JSON of data and prose.'),
        text: Hash.describe('SHA-256 of the text.'),
        previous: Hash.nullable().describe('Record hash of the release before, null for the first.'),
        fields: z.record(z.string(), Hash).describe('SHA-256 of each top-level field and of each key of data, so verify can name what was edited.'),
        record: Hash.describe('SHA-256 of the canonical JSON of this record without this field.'),
      })
      .describe('Hashes that make the record tamper-evident and chain it to the one before.'),
  })
  .describe('An immutable release of a privacy notice.');

export type ReleaseRecord = z.infer<typeof ReleaseRecordSchema>;
export type ChangeNote = z.infer<typeof ChangeNoteSchema>;
