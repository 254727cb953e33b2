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
  /** Extra markup for <head> of the page. */
  head?: string;
  /** When set, also render the page for the PDF printer with this extra <head> markup (its font faces). */
  printHead?: string;
}

/** Renders a notice as a full HTML page and as an embeddable fragment (and the printer's page when asked), from its canonical Markdown. */
export function renderHtml(input: HtmlPageInput, templates: CompiledTemplates): { page?: string; fragment?: string; printPage?: string; messages: Message[] } {
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
  // The Markdown is rendered once; only the layout runs again for the printer's page.
  const print = input.printHead === undefined ? undefined : templates.render('page', { ...context, head: input.printHead });
  const messages = [fragment.message, page.message, print?.message].filter((m): m is Message => m !== undefined);
  if (messages.length > 0) return { messages };
  return { page: page.output, fragment: `${fragment.output!.trim()}\n`, ...(print?.output === undefined ? {} : { printPage: print.output }), messages };
}
