import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { digestTool } from './digestTool.ts';

/**
 * A digest of everything a build reads: every file under the content and templates
 * folders, the tool's own code and dependencies, and the options that change output. Equal digests mean
 * the previous output is still right. Imports nothing heavy, so a no-op rebuild is cheap.
 */
export async function digestInputs(contentDir: string, templatesDir: string, options: { today: string; pdf: boolean; browser: string; policy?: string }): Promise<string> {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ tool: digestTool(), node: process.versions.node, ...options }));
  for (const [label, dir] of [['content', contentDir], ['templates', templatesDir]] as const) {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
    const files = entries
      .filter((entry) => entry.isFile() || entry.isSymbolicLink())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
    for (const file of files) {
      const bytes = await readFile(file).catch(() => Buffer.from('unreadable'));
      hash.update(`${label}/${path.relative(dir, file)}\0${bytes.length}\0`).update(bytes);
    }
  }
  return `sha256:${hash.digest('hex')}`;
}
