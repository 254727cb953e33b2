import path from 'node:path';
import type { Message } from '../model/message.ts';
import { ReleaseRecordSchema, type ReleaseRecord } from '../model/release.ts';
import { locate, parseYaml, type ParsedYaml } from './parseYaml.ts';
import { readFolderTexts } from './readFolderTexts.ts';
import { validateWithSchema } from './validateWithSchema.ts';

/** A release record file: the record, and positions in the file for verification messages. */
export interface ReleaseFile {
  file: string;
  /** Line and column of the node at `path` in the file. */
  locate(path: readonly PropertyKey[]): { line: number; column: number };
  /** The record as validated, with schema defaults filled in, for reading. */
  record?: ReleaseRecord;
  /** The record exactly as stored, for hashing: defaults added by a later schema must not change a hash. */
  raw?: ReleaseRecord;
}

/**
 * Reads `releases/*.json` of a policy folder; records come back in sequence order.
 * A well-formed record is read with JSON.parse; the YAML parser, whose node ranges give
 * positions (JSON is YAML 1.2), runs only when a message needs one: its tree is some
 * twenty times the size of the record, and a site keeps hundreds of records.
 */
export async function readReleases(policyDir: string, contentDir: string): Promise<{ releases: ReleaseFile[]; messages: Message[] }> {
  const { texts, messages } = await readFolderTexts(path.join(policyDir, 'releases'), '.json', contentDir);
  const releases: ReleaseFile[] = [];
  for (const { file, text } of texts) {
    const raw = parseJson(text);
    const fast = raw === undefined ? undefined : ReleaseRecordSchema.safeParse(raw);
    if (fast?.success) {
      releases.push({ file, locate: locateLazily(text, file), record: fast.data, raw: raw as ReleaseRecord });
      continue;
    }
    const parsed = parseYaml(text, file);
    messages.push(...parsed.messages);
    if (parsed.value === undefined) continue;
    const result = validateWithSchema(parsed, ReleaseRecordSchema);
    messages.push(...result.messages);
    releases.push({ file, locate: (at) => locate(parsed, at), ...(result.data ? { record: result.data, raw: parsed.value as ReleaseRecord } : {}) });
  }
  releases.sort((a, b) => (a.record?.sequence ?? 0) - (b.record?.sequence ?? 0) || a.file.localeCompare(b.file));
  return { releases, messages };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function locateLazily(text: string, file: string): ReleaseFile['locate'] {
  let parsed: ParsedYaml | undefined;
  return (at) => locate((parsed ??= parseYaml(text, file)), at);
}
