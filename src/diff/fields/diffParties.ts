import type { ContactChannel, Controller, Policy } from '../../model/schema.ts';
import { createFinding, type Finding } from './finding.ts';
import { keyByKind, matchItems } from './matchItems.ts';
import { normaliseText, sameValue } from './normaliseText.ts';
import { quoteText } from './quoteText.ts';

/** Controllers by id: who the controller is (name, registration) apart from how to reach it. */
export function diffControllers(before: Policy['controllers'], after: Policy['controllers']): Finding[] {
  const { added, removed, kept } = matchItems(before, after, (c) => c.id);
  const findings: Finding[] = [
    ...added.map((c) => createFinding('controller-added', `controllers[${c.id}]`, quoteText(c.legalName), undefined, c)),
    ...removed.map((c) => createFinding('controller-removed', `controllers[${c.id}]`, quoteText(c.legalName), c)),
  ];
  for (const { key, before: b, after: a } of kept) {
    const path = `controllers[${key}]`;
    if (!sameValue(b.legalName, a.legalName)) {
      findings.push(createFinding('controller-changed', `${path}.legalName`, `legal name from ${quoteText(b.legalName)} to ${quoteText(a.legalName)}`, b.legalName, a.legalName));
    }
    if (!sameValue(b.registration, a.registration)) {
      findings.push(createFinding('controller-changed', `${path}.registration`, `registration of ${quoteText(a.legalName)} from ${describeRegistration(b)} to ${describeRegistration(a)}`, b.registration, a.registration));
    }
    for (const field of ['address', 'contact', 'region'] as const) {
      if (!sameValue(b[field], a[field])) {
        findings.push(createFinding('controller-details-changed', `${path}.${field}`, `${field} of ${quoteText(a.legalName)}`, b[field], a[field]));
      }
    }
  }
  return findings;
}

function describeRegistration(controller: Controller): string {
  const r = controller.registration;
  return r === undefined ? 'none stated' : `"${normaliseText(r.number)} (${normaliseText(r.jurisdiction)})"`;
}

/** The DPO as one finding: designated or not, and how to reach them. */
export function diffDpo(before: Policy['dpo'], after: Policy['dpo']): Finding[] {
  if (sameValue(before, after)) return [];
  let detail: string;
  if (after?.designated === true && before?.designated !== true) detail = `a DPO is now designated${after.name ? ` (${quoteText(after.name)})` : ''}`;
  else if (before?.designated === true && after?.designated !== true) detail = 'no DPO is designated any more';
  else if (after === undefined) detail = 'the statement about a DPO was removed';
  else if (after.designated) detail = 'name or contact details updated';
  else detail = 'statement reworded';
  return [createFinding('dpo-changed', 'dpo', detail, before, after)];
}

/** Representatives by region (the schema allows one EU and one UK representative). */
export function diffRepresentatives(before: Policy['representatives'], after: Policy['representatives']): Finding[] {
  const keyOf = keyByKind(before, after, (r) => r.region, (r) => normaliseText(r.name));
  const { added, removed, kept } = matchItems(before, after, keyOf);
  return [
    ...added.map((r) => createFinding('representative-changed', `representatives[${keyOf(r)}]`, `new ${r.region} representative ${quoteText(r.name)}`, undefined, r)),
    ...removed.map((r) => createFinding('representative-changed', `representatives[${keyOf(r)}]`, `${r.region} representative ${quoteText(r.name)} removed`, r)),
    ...kept
      .filter(({ before: b, after: a }) => !sameValue(b, a))
      .map(({ key, before: b, after: a }) => createFinding('representative-changed', `representatives[${key}]`, `${a.region} representative ${quoteText(a.name)} details updated`, b, a)),
  ];
}

/**
 * The contact section. Its channels are where people exercise their rights, so losing one is
 * reported apart (contact-channel-removed); a new address for the same kind of channel is a
 * contact detail edit. The intro is wording.
 */
export function diffContact(before: Policy['contact'], after: Policy['contact']): Finding[] {
  const findings: Finding[] = [];
  if (!sameValue(before.intro, after.intro)) findings.push(createFinding('prose-changed', 'contact.intro', 'contact section introduction edited', before.intro, after.intro));
  const keyOf = keyByKind(before.channels, after.channels, (c) => c.kind, (c) => normaliseText(c.value));
  const channels = matchItems(before.channels, after.channels, keyOf);
  for (const channel of channels.removed) {
    findings.push(createFinding('contact-channel-removed', `contact.channels[${keyOf(channel)}]`, describeChannel(channel), channel));
  }
  for (const channel of channels.added) {
    findings.push(createFinding('contact-changed', `contact.channels[${keyOf(channel)}]`, `new ${describeChannel(channel)}`, undefined, channel));
  }
  for (const { key, before: b, after: a } of channels.kept) {
    if (!sameValue(b, a)) findings.push(createFinding('contact-changed', `contact.channels[${key}]`, `${a.kind} channel now ${quoteText(a.value)}`, b, a));
  }
  // Notes have no identity but their text; a reworded note shows as one removed and one added.
  const notes = matchItems(before.notes, after.notes, normaliseText);
  const notePath = (note: string) => `contact.notes[${JSON.stringify(normaliseText(note))}]`;
  for (const note of notes.removed) findings.push(createFinding('contact-changed', notePath(note), `note removed: ${quoteText(note)}`, note));
  for (const note of notes.added) findings.push(createFinding('contact-changed', notePath(note), `note added: ${quoteText(note)}`, undefined, note));
  return findings;
}

function describeChannel(channel: ContactChannel): string {
  return `${channel.kind} ${quoteText(channel.value)}`;
}

/** The supervisory authority, its link and the complaint statement, field by field. */
export function diffComplaint(before: Policy['complaint'], after: Policy['complaint']): Finding[] {
  const findings: Finding[] = [];
  if (!sameValue(before.authority, after.authority)) {
    findings.push(createFinding('complaint-changed', 'complaint.authority', `authority from ${quoteText(before.authority)} to ${quoteText(after.authority)}`, before.authority, after.authority));
  }
  if (!sameValue(before.url, after.url)) {
    const how = before.url === undefined ? 'added' : after.url === undefined ? 'removed' : 'changed';
    findings.push(createFinding('complaint-changed', 'complaint.url', `link to the authority ${how}`, before.url, after.url));
  }
  if (!sameValue(before.statement, after.statement)) {
    findings.push(createFinding('complaint-changed', 'complaint.statement', 'complaint statement reworded', before.statement, after.statement));
  }
  return findings;
}
