import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { createMessage, type Message } from '../model/message.ts';
import { readPolicy, type LoadedPolicy } from './readPolicy.ts';

/** Every policy under a content folder, in id order. */
export interface LoadedContent {
  contentDir: string;
  policies: LoadedPolicy[];
  messages: Message[];
}

/** Reads every `content/<policy>/` folder that holds a policy.yaml. */
export async function readContent(contentDir: string, only?: string): Promise<LoadedContent> {
  const messages: Message[] = [];
  const entries = await readdir(contentDir, { withFileTypes: true }).catch(() => undefined);
  if (entries === undefined) {
    messages.push(createMessage(contentDir, undefined, 'error', 'content-missing', `No content folder at ${contentDir}.`, 'Pass --content with the folder that holds your policies.'));
    return { contentDir, policies: [], messages };
  }
  const ids: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const hasPolicy = await stat(path.join(contentDir, entry.name, 'policy.yaml')).then(() => true, () => false);
    if (hasPolicy) ids.push(entry.name);
  }
  ids.sort();
  if (only !== undefined && !ids.includes(only)) {
    messages.push(createMessage(contentDir, undefined, 'error', 'policy-missing', `No policy "${only}" in ${contentDir}.`, `Policies here: ${ids.join(', ') || 'none'}.`));
    return { contentDir, policies: [], messages };
  }
  for (const id of ids) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      messages.push(createMessage(path.join(contentDir, id), undefined, 'error', 'policy-id', `The folder name "${id}" is not a valid policy id.`, 'Use lower-case words joined by hyphens.'));
    }
  }
  const selected = ids.filter((id) => only === undefined || id === only);
  const policies = await Promise.all(selected.map((id) => readPolicy(contentDir, id)));
  return { contentDir, policies, messages };
}
