import { renderChanges } from '../diff/renderChanges.ts';
import type { Message } from '../model/message.ts';
import { highestTier } from '../model/release.ts';
import { buildNotification, needsNotification, renderEmails } from '../notify/index.ts';
import { canonicalJsonPretty } from '../release/canonicalJson.ts';
import type { ProjectTemplates } from './compileProjectTemplates.ts';
import type { NoticeVersion } from './listVersions.ts';

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
  const tier = version.tier ?? highestTier(version.pendingTiers ?? []);
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
    const notification = buildNotification(policyName, version.record, previous, { pdf: options.pdf }, changes.findings);
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
