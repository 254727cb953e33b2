import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Message } from '../model/message.ts';
import { readTextFile } from './readTextFile.ts';

/** A text file read from a folder: its path, its name in the folder and its text. */
export interface FolderText {
  file: string;
  name: string;
  text: string;
}

/** Reads every file with the given extension in one folder (not below it), by name; a missing folder holds none. */
export async function readFolderTexts(dir: string, extension: string, contentDir: string): Promise<{ texts: FolderText[]; messages: Message[] }> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith(extension)).sort();
  const texts: FolderText[] = [];
  const messages: Message[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const read = await readTextFile(file, contentDir);
    messages.push(...read.messages);
    if (read.text !== undefined) texts.push({ file, name, text: read.text });
  }
  return { texts, messages };
}
