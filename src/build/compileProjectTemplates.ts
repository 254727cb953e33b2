import type { CompiledTemplates } from '../compose/compileTemplates.ts';
import { compileNoticeTemplates } from '../compose/composeNotice.ts';
import type { LoadedPolicy, SourceFile, TemplateFiles } from '../load/index.ts';
import { createMessage, type Message } from '../model/message.ts';
import { compileHtmlTemplates } from '../render/html/compileHtmlTemplates.ts';
import { compileTemplates } from '../compose/compileTemplates.ts';
import type { EmailTemplates } from '../notify/renderEmails.ts';

/** Template files every build needs, relative to the templates folder. */
const REQUIRED = ['notice/notice.hbs', 'html/page.hbs', 'html/fragment.hbs', 'html/history.hbs', 'html/changes.hbs', 'html/notice.css', 'email/email.txt.hbs', 'email/email.html.hbs'];

/** The compiled layouts shared by all policies, and each policy's notice templates. */
export interface ProjectTemplates {
  html: CompiledTemplates;
  email: EmailTemplates;
  css: string;
  notice: Map<string, CompiledTemplates>;
}

/** Compiles the shared layouts and every policy's notice templates (with its overrides); problems become messages. */
export function compileProjectTemplates(templates: TemplateFiles, policies: readonly LoadedPolicy[]): { compiled?: ProjectTemplates; messages: Message[] } {
  const messages: Message[] = [];
  for (const name of REQUIRED) {
    if (!templates.files[name]) messages.push(createMessage(`${templates.dir}/${name}`, undefined, 'error', 'template-missing', `The template ${name} is missing.`, 'Restore it from the project, or pass --templates with a complete folder.'));
  }
  if (messages.length > 0) return { messages };
  const file = (name: string) => templates.files[name] as SourceFile;
  const partials: Record<string, SourceFile> = {};
  for (const [name, source] of Object.entries(templates.files)) {
    const match = /^notice\/partials\/(.+)\.hbs$/.exec(name);
    if (match) partials[match[1]!] = source;
  }
  const html = compileHtmlTemplates(file('html/page.hbs'), file('html/fragment.hbs'), file('html/history.hbs'), file('html/changes.hbs'));
  const emailText = compileTemplates({ 'email.txt': file('email/email.txt.hbs') }, {}, {});
  const emailHtml = compileTemplates({ 'email.html': file('email/email.html.hbs') }, {}, {}, {}, { escape: true });
  messages.push(...html.messages, ...emailText.messages, ...emailHtml.messages);
  const notice = new Map<string, CompiledTemplates>();
  for (const policy of policies) {
    for (const name of Object.keys(policy.templateOverrides)) {
      if (!(name in partials)) {
        messages.push(createMessage(policy.templateOverrides[name]!.file, undefined, 'error', 'template-unknown-override', `No shared partial "${name}" to override.`, `Name the file after a partial in ${templates.dir}/notice/partials.`));
      }
    }
    const compiled = compileNoticeTemplates({ notice: file('notice/notice.hbs'), partials }, policy.templateOverrides);
    messages.push(...compiled.messages);
    if (compiled.templates) notice.set(policy.id, compiled.templates);
  }
  if (messages.length > 0 || !html.templates || !emailText.templates || !emailHtml.templates) return { messages: dedupe(messages) };
  return { compiled: { html: html.templates, email: { text: emailText.templates, html: emailHtml.templates }, css: file('html/notice.css').text, notice }, messages };
}

function dedupe(messages: Message[]): Message[] {
  const seen = new Set<string>();
  return messages.filter((m) => {
    const key = `${m.file}:${m.line}:${m.column}:${m.ruleId}:${m.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
