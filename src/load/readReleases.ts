import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { createMessage, type Message } from '../model/message.ts';
import { ReleaseRecordSchema, type ReleaseRecord } from '../model/release.ts';
import { locate, parseYaml, type ParsedYaml } from './parseYaml.ts';
import { readTextFile } from './readTextFile.ts';
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
  const dir = path.join(policyDir, 'releases');
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.json')).sort();
  const releases: ReleaseFile[] = [];
  const messages: Message[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const read = await readTextFile(file, contentDir);
    messages.push(...read.messages);
    if (read.text === undefined) continue;
    // JSON is YAML 1.2, and the YAML parser keeps node ranges for positions.
    const parsed = parseYaml(read.text, file);
    messages.push(...parsed.messages);
    if (parsed.value === undefined) continue;
    const result = validateWithSchema(parsed, ReleaseRecordSchema);
    messages.push(...result.messages, ...impossibleDates(parsed));
    releases.push({ file, parsed, ...(result.data ? { record: result.data, raw: parsed.value as ReleaseRecord } : {}) });
  }
  releases.sort((a, b) => (a.record?.sequence ?? 0) - (b.record?.sequence ?? 0) || a.file.localeCompare(b.file));
  return { releases, messages };
}

/** The record schema checks the YYYY-MM-DD shape only; a date like 2025-02-30 must still be refused, where it is written. */
function impossibleDates(parsed: ParsedYaml): Message[] {
  const record = parsed.value as Record<string, unknown> | null;
  if (record === null || typeof record !== 'object') return [];
  return (['issued', 'effective'] as const).flatMap((key) => {
    const value = record[key];
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || isCalendarDate(value)) return [];
    return [createMessage(parsed.file, locate(parsed, [key]), 'error', 'schema-invalid', `${value} is not a calendar date at ${key}.`, 'Write a date that exists, YYYY-MM-DD.')];
  });
}

function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
