// Entry of the notify stage: notification data, emails, the Atom feed, and the webhook sender.
export { buildNotification, needsNotification } from './buildNotification.ts';
export { renderEmails, type EmailTemplates } from './renderEmails.ts';
export { renderFeed } from './renderFeed.ts';
export * from './webhook/index.ts';
