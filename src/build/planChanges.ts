import { computeFloor, diffFields, FLOORS, redline, redlineCss, renderRedlineHtml, renderRedlineMarkdown, renderRedlineText, type Finding } from '../diff/index.ts';
import type { Message } from '../model/message.ts';
import { TIERS, type TierName } from '../model/release.ts';
import type { Policy } from '../model/schema.ts';
import { buildNotification, needsNotification, renderEmails } from '../notify/index.ts';
import { canonicalJsonPretty } from '../release/canonicalJson.ts';
import type { ProjectTemplates } from './compileProjectTemplates.ts';
import type { NoticeVersion } from './listVersions.ts';

/** The side of a comparison: a version id, its data, prose and canonical text. */
export interface ComparedVersion {
  id: string;
  data: Policy;
  prose: Record<string, string>;
  text: string;
}

/** A comparison of two versions in every form the tool writes: JSON, Markdown, HTML and plain text. */
export interface RenderedChanges {
  findings: Finding[];
  floor: TierName | null;
  json: string;
  markdown: string;
  text: string;
  html?: string;
  messages: Message[];
}

/** Compares two versions: field-level findings with their floor, and the word-level redline of the text. */
export function renderChanges(
  policyName: string,
  policy: string,
  from: ComparedVersion,
  to: ComparedVersion & { tier?: TierName; summary?: string },
  templates: ProjectTemplates,
): RenderedChanges {
  const findings = diffFields({ data: from.data, prose: from.prose }, { data: to.data, prose: to.prose });
  const { floor } = computeFloor(findings);
  const text = redline(from.text, to.text);
  const withFloors = findings.map((f) => ({ ...f, floor: FLOORS[f.kind] }));
  const head = `${to.tier ? `Declared tier: ${to.tier}.` : 'No tier declared yet.'} ${floor ? `Minimum tier set by the data: ${floor}.` : 'No change to the data sets a minimum tier.'}`;
  const findingLines = findings.length > 0 ? withFloors.map((f) => `- ${f.sentence}${f.floor ? ` (at least ${f.floor})` : ''}`).join('\n') : 'None: only the wording of the notice changed.';
  const markdown = [`# Changes from version ${from.id} to ${to.id}`, '', head, '', '## Changes to the data', '', findingLines, '', renderRedlineMarkdown(text, { title: false }).trim(), ''].join('\n');
  const page = templates.html.render('changes', {
    lang: to.data.locale,
    policyName,
    from: from.id,
    toLabel: to.id,
    tier: to.tier ?? '',
    floor: floor ?? '',
    summary: to.summary ?? '',
    counts: text.counts,
    findings: withFloors,
    redline: renderRedlineHtml(text),
    css: templates.css,
    redlineCss,
  });
  return {
    findings,
    floor,
    json: canonicalJsonPretty({ format: 1, policy, from: from.id, to: to.id, tier: to.tier ?? null, floor, summary: to.summary ?? null, findings: withFloors, redline: text }),
    markdown,
    text: `${head}\n\nChanges to the data:\n${findingLines}\n\n${renderRedlineText(text)}`,
    ...(page.output === undefined ? {} : { html: page.output }),
    messages: page.message ? [page.message] : [],
  };
}

/** The files that explain a version against the one before it: changes.{json,md,html}, and the notification when one is due. */
export function planChanges(
  policy: string,
  policyName: string,
  version: NoticeVersion,
  templates: ProjectTemplates,
  options: { pdf: boolean; baseUrl?: string },
): { files: Map<string, string>; messages: Message[] } {
  const files = new Map<string, string>();
  const previous = version.previous;
  if (!previous) return { files, messages: [] };
  const base = `${policy}/${version.dir}`;
  const tier = version.tier ?? declaredTier(version.pendingTiers ?? []);
  const changes = renderChanges(
    policyName,
    policy,
    { id: previous.version, data: previous.data, prose: previous.prose, text: previous.text },
    { id: version.info.id, data: version.data, prose: version.prose, text: version.markdown, ...(tier ? { tier } : {}), ...(version.summary ? { summary: version.summary } : {}) },
    templates,
  );
  const messages = [...changes.messages];
  files.set(`${base}/changes.json`, changes.json);
  files.set(`${base}/changes.md`, changes.markdown);
  if (changes.html !== undefined) files.set(`${base}/changes.html`, changes.html);

  if (version.record && needsNotification(version.record, previous)) {
    const notification = buildNotification(policyName, version.record, previous, changes.findings, { pdf: options.pdf });
    files.set(`${base}/notification.json`, canonicalJsonPretty(notification));
    const emails = renderEmails(notification, templates.email, { lang: version.data.locale, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) });
    messages.push(...emails.messages);
    if (emails.text !== undefined && emails.html !== undefined) {
      files.set(`${base}/email.txt`, emails.text);
      files.set(`${base}/email.html`, emails.html);
    }
  }
  return { files, messages };
}

/** The highest tier among a draft's pending change notes, if any. */
function declaredTier(tiers: readonly TierName[]): TierName | undefined {
  if (tiers.length === 0) return undefined;
  return TIERS[Math.max(...tiers.map((t) => TIERS.indexOf(t)))];
}
