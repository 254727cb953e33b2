import path from 'node:path';
import { z } from 'zod';
import { createMessage, type Message } from '../model/message.ts';
import { Tier, type ChangeNote } from '../model/release.ts';
import { locate, parseYaml } from './parseYaml.ts';
import { readFolderTexts } from './readFolderTexts.ts';
import { validateWithSchema } from './validateWithSchema.ts';

const FrontMatter = z.strictObject({
  tier: Tier,
  summary: z.string().min(1).describe('Plain-language summary for users.'),
});

/** A pending change note with the path of its file, which `release` removes once consumed. */
export interface PendingChangeNote extends ChangeNote {
  path: string;
  /** Where the note's `tier:` is written, for messages about the tier. */
  tierPosition: { line: number; column: number };
}

/** Reads the pending change notes under `changes/` (Markdown with YAML front matter). */
export async function readChangeNotes(policyDir: string, contentDir: string): Promise<{ notes: PendingChangeNote[]; messages: Message[] }> {
  const { texts, messages } = await readFolderTexts(path.join(policyDir, 'changes'), '.md', contentDir);
  const notes: PendingChangeNote[] = [];
  for (const { file, name, text } of texts) {
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
    if (!match) {
      messages.push(createMessage(file, undefined, 'error', 'change-note-front-matter', 'The change note has no front matter.', 'Start the file with ---, then "tier:" and "summary:", then ---.'));
      continue;
    }
    // Parse the front matter in place (line 1 is the opening ---) so positions match the file.
    const parsed = parseYaml(`\n${match[1]}`, file);
    messages.push(...parsed.messages);
    if (parsed.value === undefined) continue;
    const result = validateWithSchema(parsed, FrontMatter);
    messages.push(...result.messages);
    if (result.data) notes.push({ path: file, file: name, tier: result.data.tier, summary: result.data.summary.trim(), body: (match[2] ?? '').trim(), tierPosition: locate(parsed, ['tier']) });
  }
  return { notes, messages };
}
