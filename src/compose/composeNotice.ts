import type Handlebars from 'handlebars';
import type { SourceFile } from '../load/readPolicy.ts';
import type { Message } from '../model/message.ts';
import type { ContactChannel, Policy } from '../model/schema.ts';
import { compileTemplates, type CompiledTemplates } from './compileTemplates.ts';
import { escapeInlineMarkdown, escapeRawHtml, mapStrings } from './escapeMarkdown.ts';
import { formatDate } from './formatDate.ts';
import { DEFAULT_HEADINGS, SECTION_ORDER } from './sectionOrder.ts';

/** Which version of the notice is being composed: a release with its dates, or the draft. */
export interface VersionInfo {
  id: string;
  draft: boolean;
  issued?: string;
  effective?: string;
}

/** The notice templates: the top-level notice.hbs and one partial per section. */
export interface NoticeTemplates {
  notice: SourceFile;
  partials: Record<string, SourceFile>;
}

/** Compiles the notice templates for one policy, its overrides replacing shared partials. */
export function compileNoticeTemplates(templates: NoticeTemplates, overrides: Record<string, SourceFile> = {}) {
  return compileTemplates({ notice: templates.notice }, templates.partials, noticeHelpers, overrides);
}

/** Composes the canonical notice text (GFM Markdown) from the policy data, its prose and the templates. */
export function composeNotice(
  policy: Policy,
  prose: Record<string, string>,
  version: VersionInfo,
  templates: CompiledTemplates,
): { markdown?: string; messages: Message[] } {
  const safePolicy = mapStrings(policy, escapeInlineMarkdown);
  const context = {
    policy: safePolicy,
    version: {
      ...version,
      issuedText: version.issued ? formatDate(version.issued, policy.locale) : '',
      effectiveText: version.effective ? formatDate(version.effective, policy.locale) : '',
      effectiveDiffers: Boolean(version.effective && version.effective !== version.issued),
    },
  };
  const blocks: string[] = [];
  const messages: Message[] = [];
  for (const section of SECTION_ORDER) {
    const rendered = templates.render(section, context);
    if (rendered.message) messages.push(rendered.message);
    else blocks.push(rendered.output);
    for (const extra of policy.prose.filter((p) => p.after === section)) {
      const body = prose[extra.id];
      if (body !== undefined) blocks.push(`## ${escapeInlineMarkdown(extra.heading)}\n\n${escapeRawHtml(body.trim())}\n`);
    }
  }
  const rendered = templates.render('notice', { ...context, sections: blocks.map((b) => b.trim()).filter(Boolean).join('\n\n') });
  if (rendered.message) messages.push(rendered.message);
  if (messages.length > 0 || rendered.output === undefined) return { messages };
  return { markdown: normaliseMarkdown(rendered.output), messages };
}

/** Collapses the blank lines templates leave behind, so the canonical text is stable. */
function normaliseMarkdown(markdown: string): string {
  return `${markdown.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

const noticeHelpers: Record<string, Handlebars.HelperDelegate> = {
  heading(this: unknown, name: string, options: Handlebars.HelperOptions) {
    const headings = (options.data.root as { policy: Policy }).policy.headings;
    return headings[name] ?? DEFAULT_HEADINGS[name] ?? name;
  },
  isColon(value: unknown) {
    return value === 'colon';
  },
  join(items: unknown, separator: unknown) {
    return Array.isArray(items) ? items.join(typeof separator === 'string' ? separator : ', ') : '';
  },
  channelValue(channel: ContactChannel) {
    const value = channel.value;
    // The value becomes both link text and target: escape it for each, so it cannot close the link early.
    const text = value.replace(/[\\`*_[\]()#!|]/g, '\\$&');
    const target = (url: string) => encodeURI(url).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'));
    if (channel.kind === 'email') return `[${text}](${target(`mailto:${value}`)})`;
    if (channel.kind === 'phone') return `[${text}](tel:${value.replace(/[^+\d]/g, '')})`;
    if (channel.kind === 'web') return `[${text}](${target(/^https?:\/\//.test(value) ? value : `https://${value}`)})`;
    return value;
  },
};
