import path from 'node:path';
import { PolicyConfigSchema, type PolicyConfig } from '../model/config.ts';
import { createMessage, type Message } from '../model/message.ts';
import { PolicySchema, type Policy } from '../model/schema.ts';
import { locate, parseYaml, type ParsedYaml } from './parseYaml.ts';
import { readFolderTexts } from './readFolderTexts.ts';
import { readChangeNotes, type PendingChangeNote } from './readChangeNotes.ts';
import { readReleases, type ReleaseFile } from './readReleases.ts';
import { readTextFile } from './readTextFile.ts';
import { validateWithSchema } from './validateWithSchema.ts';

/** A text file read from a policy folder, with the path used in messages. */
export interface SourceFile {
  file: string;
  text: string;
}

/** Everything read from `content/<policy>/`, before any checks beyond the schema. */
export interface LoadedPolicy {
  id: string;
  dir: string;
  policyFile: string;
  parsed?: ParsedYaml;
  /** config.yaml as parsed, when the policy has one, for positions in it. */
  configParsed?: ParsedYaml;
  policy?: Policy;
  config: PolicyConfig;
  /** Prose bodies by prose-section id. */
  prose: Record<string, SourceFile>;
  /** Handlebars partials that replace the shared ones for this policy only, by partial name. */
  templateOverrides: Record<string, SourceFile>;
  /** Released records, in sequence order. */
  releases: ReleaseFile[];
  /** Change notes waiting for the next release. */
  changeNotes: PendingChangeNote[];
  messages: Message[];
}

/** Reads one policy folder: policy.yaml, config.yaml, its prose files and template overrides. */
export async function readPolicy(contentDir: string, id: string): Promise<LoadedPolicy> {
  const dir = path.join(contentDir, id);
  const policyFile = path.join(dir, 'policy.yaml');
  const messages: Message[] = [];
  const loaded: LoadedPolicy = { id, dir, policyFile, config: PolicyConfigSchema.parse({}), prose: {}, templateOverrides: {}, releases: [], changeNotes: [], messages };

  const config = await readYamlFile(path.join(dir, 'config.yaml'), contentDir, { optional: true });
  messages.push(...config.messages);
  if (config.parsed) {
    loaded.configParsed = config.parsed;
    const result = validateWithSchema(config.parsed, PolicyConfigSchema);
    messages.push(...result.messages);
    if (result.data) loaded.config = result.data;
  }

  const releases = await readReleases(dir, contentDir);
  loaded.releases = releases.releases;
  messages.push(...releases.messages);
  const notes = await readChangeNotes(dir, contentDir);
  loaded.changeNotes = notes.notes;
  messages.push(...notes.messages);

  const source = await readYamlFile(policyFile, contentDir, { optional: false });
  messages.push(...source.messages);
  if (!source.parsed) return loaded;
  loaded.parsed = source.parsed;
  const result = validateWithSchema(source.parsed, PolicySchema);
  messages.push(...result.messages);
  if (!result.data) return loaded;
  loaded.policy = result.data;

  for (const [index, section] of result.data.prose.entries()) {
    const file = path.join(dir, section.file);
    const read = await readTextFile(file, contentDir);
    messages.push(...read.messages.map((message) => atProseReference(message, source.parsed!, index, section.file)));
    if (read.text !== undefined) loaded.prose[section.id] = { file, text: read.text };
  }
  const overrides = await readFolderTexts(path.join(dir, 'templates'), '.hbs', contentDir);
  messages.push(...overrides.messages);
  for (const { name, file, text } of overrides.texts) loaded.templateOverrides[name.slice(0, -'.hbs'.length)] = { file, text };
  return loaded;
}

/** A prose file that is missing or outside the content folder is a mistake in policy.yaml: point at its `file:` there. */
function atProseReference(message: Message, parsed: ParsedYaml, index: number, file: string): Message {
  if (message.ruleId !== 'file-missing' && message.ruleId !== 'path-escape') return message;
  const position = locate(parsed, ['prose', index, 'file']);
  return { ...message, file: parsed.file, ...position, message: `Prose file "${file}": ${message.message.charAt(0).toLowerCase()}${message.message.slice(1)}` };
}

async function readYamlFile(
  file: string,
  root: string,
  options: { optional: boolean },
): Promise<{ parsed?: ParsedYaml; messages: Message[] }> {
  const read = await readTextFile(file, root);
  if (read.text === undefined) {
    const missing = read.messages.every((m) => m.ruleId === 'file-missing');
    return { messages: options.optional && missing ? [] : read.messages };
  }
  if (read.text.trim() === '') {
    return { messages: [createMessage(file, undefined, 'error', 'file-empty', 'The file is empty.', 'Write the settings as a YAML mapping, or delete the file.')] };
  }
  const parsed = parseYaml(read.text, file);
  return { parsed, messages: parsed.messages };
}
