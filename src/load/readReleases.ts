import path from 'node:path';
import type { Message } from '../model/message.ts';
import { ReleaseRecordSchema, type ReleaseRecord } from '../model/release.ts';
import { parseYaml, type ParsedYaml } from './parseYaml.ts';
import { readFolderTexts } from './readFolderTexts.ts';
import { validateWithSchema } from './validateWithSchema.ts';

/** A release record file, parsed with positions so verification can point into it. */
export interface ReleaseFile {
  file: string;
  parsed: ParsedYaml;
  /** The record as validated, with schema defaults filled in, for reading. */
  record?: ReleaseRecord;
  /** The record exactly as stored, for hashing: defaults added by a later schema must not change a hash. */
  raw?: ReleaseRecord;
}

/** Reads `releases/*.json` of a policy folder; records come back in sequence order. */
export async function readReleases(policyDir: string, contentDir: string): Promise<{ releases: ReleaseFile[]; messages: Message[] }> {
  const { texts, messages } = await readFolderTexts(path.join(policyDir, 'releases'), '.json', contentDir);
  const releases: ReleaseFile[] = [];
  for (const { file, text } of texts) {
    // JSON is YAML 1.2, and the YAML parser keeps node ranges for positions.
    const parsed = parseYaml(text, file);
    messages.push(...parsed.messages);
    if (parsed.value === undefined) continue;
    const result = validateWithSchema(parsed, ReleaseRecordSchema);
    messages.push(...result.messages);
    releases.push({ file, parsed, ...(result.data ? { record: result.data, raw: parsed.value as ReleaseRecord } : {}) });
  }
  releases.sort((a, b) => (a.record?.sequence ?? 0) - (b.record?.sequence ?? 0) || a.file.localeCompare(b.file));
  return { releases, messages };
}
