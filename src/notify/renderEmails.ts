import type { CompiledTemplates } from '../compose/compileTemplates.ts';
import { formatDate } from '../compose/formatDate.ts';
import type { Message } from '../model/message.ts';
import type { Notification } from '../model/notification.ts';

/** The compiled email templates: the text one unescaped, the HTML one escaping. */
export interface EmailTemplates {
  text: CompiledTemplates;
  html: CompiledTemplates;
}

/** Renders the plain-text and HTML emails of a notification; links are made absolute with `baseUrl` when given. */
export function renderEmails(
  notification: Notification,
  templates: EmailTemplates,
  options: { lang: string; baseUrl?: string },
): { text?: string; html?: string; messages: Message[] } {
  const base = options.baseUrl ? `${options.baseUrl.replace(/\/$/, '')}/${notification.policy}/${notification.version}/` : undefined;
  const link = (relative: string) => (base ? new URL(relative, base).href : relative);
  const context = {
    ...notification,
    lang: options.lang,
    issuedText: formatDate(notification.issued, options.lang),
    effectiveText: formatDate(notification.effective, options.lang),
    changeLines: notification.changes.split('\n').filter(Boolean),
    links: Object.fromEntries(Object.entries(notification.links).map(([key, value]) => [key, link(value)])),
  };
  const text = templates.text.render('email.txt', context);
  const html = templates.html.render('email.html', context);
  const messages = [text.message, html.message].filter((m): m is Message => m !== undefined);
  if (messages.length > 0) return { messages };
  return { text: text.output, html: html.output, messages };
}
