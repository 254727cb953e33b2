import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Message } from '../model/message.ts';
import type { SourceFile } from './readPolicy.ts';
import { readTextFile } from './readTextFile.ts';

/** Every template and stylesheet under a templates folder, keyed by its path relative to that folder ("notice/partials/data.hbs"). */
export interface TemplateFiles {
  dir: string;
  files: Record<string, SourceFile>;
}

/** Reads the template folder: Handlebars templates (.hbs) and stylesheets (.css). */
export async function readTemplates(dir: string): Promise<{ templates: TemplateFiles; messages: Message[] }> {
  const files: Record<string, SourceFile> = {};
  const messages: Message[] = [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const names = entries
    .filter((entry) => entry.isFile() && /\.(hbs|css)$/.test(entry.name))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
  for (const name of names) {
    const file = path.join(dir, name);
    const read = await readTextFile(file, dir);
    messages.push(...read.messages);
    if (read.text !== undefined) files[name] = { file, text: read.text };
  }
  return { templates: { dir, files }, messages };
}
