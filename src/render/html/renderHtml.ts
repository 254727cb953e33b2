import type { CompiledTemplates } from '../../compose/compileTemplates.ts';
import { formatDate } from '../../compose/formatDate.ts';
import type { VersionInfo } from '../../compose/composeNotice.ts';
import type { Message } from '../../model/message.ts';
import { markdownToHtml } from './markdownToHtml.ts';

/** What the page shows about the notice besides its text. */
export interface HtmlPageInput {
  markdown: string;
  lang: string;
  policyName: string;
  version: VersionInfo;
  css: string;
  /** Extra markup for <head>, e.g. the font faces used when printing. */
  head?: string;
}

/** Renders a notice as a full HTML page and as an embeddable fragment, from its canonical Markdown. */
export function renderHtml(input: HtmlPageInput, templates: CompiledTemplates): { page?: string; fragment?: string; messages: Message[] } {
  const { html, toc, title } = markdownToHtml(input.markdown);
  const context = {
    lang: input.lang,
    title,
    policyName: input.policyName,
    version: {
      ...input.version,
      issuedText: input.version.issued ? formatDate(input.version.issued, input.lang) : '',
      effectiveText: input.version.effective ? formatDate(input.version.effective, input.lang) : '',
    },
    toc,
    body: html,
    css: input.css,
    head: input.head ?? '',
  };
  const fragment = templates.render('fragment', context);
  const page = templates.render('page', context);
  const messages = [fragment.message, page.message].filter((m): m is Message => m !== undefined);
  if (messages.length > 0) return { messages };
  return { page: page.output, fragment: `${fragment.output!.trim()}\n`, messages };
}
