import { z } from 'zod';
import { Tier } from './release.ts';

const RelativeLink = z.string().describe('A link relative to the folder that holds notification.json.');

/** The notification of a material or fundamental release: what changed, when it takes effect, where to read it. */
export const NotificationSchema = z
  .strictObject({
    format: z.literal(1).describe('Version of this format.'),
    id: z.string().describe('Idempotency key: the same release always has the same id.'),
    policy: z.string().describe('Policy id.'),
    policyName: z.string().describe('Display name of the policy.'),
    version: z.string().describe('The release being notified.'),
    previousVersion: z.string().describe('The release it replaces.'),
    tier: Tier,
    issued: z.string().describe('Issue date, YYYY-MM-DD.'),
    effective: z.string().describe('Date the new version takes effect, YYYY-MM-DD.'),
    summary: z.string().describe('The editor\'s plain-language summary from the change note.'),
    changes: z.string().describe('A short summary of the changes found in the data, one line per kind.'),
    findings: z
      .array(
        z.strictObject({
          kind: z.string().describe('Stable kind of change, e.g. recipient-added.'),
          path: z.string().describe('Where in the data, list items named by id.'),
          sentence: z.string().describe('The change in one plain-English sentence.'),
          floor: Tier.nullable().describe('The lowest tier this change allows.'),
        }),
      )
      .describe('Every field-level change, in a stable order.'),
    actions: z
      .array(z.string())
      .describe('What the reader can do about the change: object, withdraw consent, contact the controller.'),
    links: z
      .strictObject({
        notice: RelativeLink,
        pdf: RelativeLink.optional(),
        redline: RelativeLink,
        previousNotice: RelativeLink,
        history: RelativeLink,
      })
      .describe('Where to read the new notice, the redline and the history.'),
  })
  .describe('A policyforge change notification (notification.json).');

export type Notification = z.infer<typeof NotificationSchema>;
