/** Every kind of field-level finding, grouped by the part of the notice it concerns. */
export const FINDING_KINDS = [
  'controller-added',
  'controller-removed',
  'controller-changed',
  'controller-details-changed',
  'dpo-changed',
  'representative-changed',
  'source-added',
  'source-removed',
  'source-changed',
  'data-category-added',
  'data-category-removed',
  'data-category-changed',
  'data-category-extended',
  'special-category-added',
  'purpose-added',
  'purpose-removed',
  'purpose-changed',
  'purpose-data-added',
  'basis-changed',
  'consent-basis-changed',
  'legitimate-interest-added',
  'legitimate-interest-removed',
  'legitimate-interest-changed',
  'recipient-added',
  'recipient-removed',
  'recipient-changed',
  'transfer-added',
  'transfer-removed',
  'transfer-changed',
  'transfer-destination-changed',
  'safeguard-weakened',
  'safeguard-changed',
  'retention-added',
  'retention-removed',
  'retention-extended',
  'retention-shortened',
  'retention-changed',
  'right-added',
  'right-removed',
  'right-changed',
  'contact-changed',
  'contact-channel-removed',
  'complaint-changed',
  'automated-decisions-added',
  'automated-decisions-changed',
  'prose-changed',
] as const;

/** A stable name for one kind of change between two versions of a notice. */
export type FindingKind = (typeof FINDING_KINDS)[number];

/** One change between two versions of a notice, found by comparing their data. */
export interface Finding {
  kind: FindingKind;
  /** Where in the data, with list items named by id (or kind, region), never by position: `purposes[analytics].bases`. */
  path: string;
  before?: unknown;
  after?: unknown;
  /** One plain-English line: `<lead>: <detail>.` */
  sentence: string;
}

/** How a sentence of each kind opens, alone and for a group (used by summaries). */
export const FINDING_LEADS: Record<FindingKind, { one: string; many: string }> = {
  'controller-added': { one: 'New controller', many: 'New controllers' },
  'controller-removed': { one: 'Controller removed', many: 'Controllers removed' },
  'controller-changed': { one: 'Controller changed', many: 'Controllers changed' },
  'controller-details-changed': { one: 'Controller details changed', many: 'Controller details changed' },
  'dpo-changed': { one: 'Data protection officer changed', many: 'Data protection officer changed' },
  'representative-changed': { one: 'Representative changed', many: 'Representatives changed' },
  'source-added': { one: 'New source', many: 'New sources' },
  'source-removed': { one: 'Source removed', many: 'Sources removed' },
  'source-changed': { one: 'Source changed', many: 'Sources changed' },
  'data-category-added': { one: 'New data category', many: 'New data categories' },
  'data-category-removed': { one: 'Data category removed', many: 'Data categories removed' },
  'data-category-changed': { one: 'Data category changed', many: 'Data categories changed' },
  'data-category-extended': { one: 'More data collected', many: 'More data collected' },
  'special-category-added': { one: 'Special-category data', many: 'Special-category data' },
  'purpose-added': { one: 'New purpose', many: 'New purposes' },
  'purpose-removed': { one: 'Purpose removed', many: 'Purposes removed' },
  'purpose-changed': { one: 'Purpose changed', many: 'Purposes changed' },
  'purpose-data-added': { one: 'Purpose uses more data', many: 'Purposes use more data' },
  'basis-changed': { one: 'Lawful basis changed', many: 'Lawful bases changed' },
  'consent-basis-changed': { one: 'Reliance on consent changed', many: 'Reliance on consent changed' },
  'legitimate-interest-added': { one: 'New legitimate interest', many: 'New legitimate interests' },
  'legitimate-interest-removed': { one: 'Legitimate interest removed', many: 'Legitimate interests removed' },
  'legitimate-interest-changed': { one: 'Legitimate interest reworded', many: 'Legitimate interests reworded' },
  'recipient-added': { one: 'New recipient', many: 'New recipients' },
  'recipient-removed': { one: 'Recipient removed', many: 'Recipients removed' },
  'recipient-changed': { one: 'Recipient changed', many: 'Recipients changed' },
  'transfer-added': { one: 'New transfer', many: 'New transfers' },
  'transfer-removed': { one: 'Transfer removed', many: 'Transfers removed' },
  'transfer-changed': { one: 'Transfer wording changed', many: 'Transfer wording changed' },
  'transfer-destination-changed': { one: 'Transfer destination changed', many: 'Transfer destinations changed' },
  'safeguard-weakened': { one: 'Weaker transfer safeguard', many: 'Weaker transfer safeguards' },
  'safeguard-changed': { one: 'Transfer safeguard changed', many: 'Transfer safeguards changed' },
  'retention-added': { one: 'New retention rule', many: 'New retention rules' },
  'retention-removed': { one: 'Retention rule removed', many: 'Retention rules removed' },
  'retention-extended': { one: 'Longer retention', many: 'Longer retention' },
  'retention-shortened': { one: 'Shorter retention', many: 'Shorter retention' },
  'retention-changed': { one: 'Retention rule changed', many: 'Retention rules changed' },
  'right-added': { one: 'New right', many: 'New rights' },
  'right-removed': { one: 'Right removed', many: 'Rights removed' },
  'right-changed': { one: 'Right reworded', many: 'Rights reworded' },
  'contact-changed': { one: 'Contact details changed', many: 'Contact details changed' },
  'contact-channel-removed': { one: 'Contact channel removed', many: 'Contact channels removed' },
  'complaint-changed': { one: 'Complaint details changed', many: 'Complaint details changed' },
  'automated-decisions-added': { one: 'Automated decision-making introduced', many: 'Automated decision-making introduced' },
  'automated-decisions-changed': { one: 'Automated decision-making statement changed', many: 'Automated decision-making statement changed' },
  'prose-changed': { one: 'Wording changed', many: 'Wording changed' },
};

/** Builds a finding whose sentence is the kind's lead followed by the detail. */
export function createFinding(kind: FindingKind, path: string, detail: string, before?: unknown, after?: unknown): Finding {
  const finding: Finding = { kind, path, sentence: `${FINDING_LEADS[kind].one}: ${detail}.` };
  if (before !== undefined) finding.before = before;
  if (after !== undefined) finding.after = after;
  return finding;
}

/** The detail part of a finding's sentence, without its lead and final full stop. */
export function findingDetail(finding: Finding): string {
  const lead = `${FINDING_LEADS[finding.kind].one}: `;
  const body = finding.sentence.startsWith(lead) ? finding.sentence.slice(lead.length) : finding.sentence;
  return body.replace(/\.$/, '');
}
