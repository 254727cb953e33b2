import type { CompiledTemplates } from '../compose/compileTemplates.ts';
import type { Message } from '../model/message.ts';
import type { TierName } from '../model/release.ts';
import type { Policy } from '../model/schema.ts';
import { canonicalJsonPretty } from '../release/canonicalJson.ts';
import { diffFields, type Finding } from './fields/index.ts';
import { computeFloor, FLOORS } from './materiality/index.ts';
import { redline, redlineCss, renderRedlineHtml, renderRedlineMarkdown, renderRedlineText } from './redline/index.ts';

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
  layout: { html: CompiledTemplates; css: string },
): RenderedChanges {
  const findings = diffFields({ data: from.data, prose: from.prose }, { data: to.data, prose: to.prose });
  const { floor } = computeFloor(findings);
  const text = redline(from.text, to.text);
  const withFloors = findings.map((f) => ({ ...f, floor: FLOORS[f.kind] }));
  const head = `${to.tier ? `Declared tier: ${to.tier}.` : 'No tier declared yet.'} ${floor ? `Minimum tier set by the data: ${floor}.` : 'No change to the data sets a minimum tier.'}`;
  const findingLines = findings.length > 0 ? withFloors.map((f) => `- ${f.sentence}${f.floor ? ` (at least ${f.floor})` : ''}`).join('\n') : 'None: only the wording of the notice changed.';
  const markdown = [`# Changes from version ${from.id} to ${to.id}`, '', head, '', '## Changes to the data', '', findingLines, '', renderRedlineMarkdown(text, { title: false }).trim(), ''].join('\n');
  const page = layout.html.render('changes', {
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
    css: layout.css,
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
