import { lstat, open, realpath } from 'node:fs/promises';
import path from 'node:path';
import { createMessage, type Message } from '../model/message.ts';

/** Largest content file read; larger ones are refused before they are read into memory. */
export const MAX_CONTENT_BYTES = 1024 * 1024;

/** Reads a UTF-8 content file that must stay inside `root`; problems come back as messages. */
export async function readTextFile(file: string, root: string): Promise<{ text?: string; messages: Message[] }> {
  const fail = (ruleId: string, message: string, hint: string) => ({
    messages: [createMessage(file, { line: 1, column: 1 }, 'error', ruleId, message, hint)],
  });
  const relative = path.relative(path.resolve(root), path.resolve(file));
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    return fail('path-escape', `The path leaves the content folder ${root}.`, 'Keep every content file inside the content folder.');
  }
  let stats;
  try {
    stats = await lstat(file);
  } catch {
    return fail('file-missing', 'The file does not exist.', 'Create it, or correct the path that names it.');
  }
  // Resolve every link on the way, not only the file's own: a linked folder can lead out too.
  const target = await realpath(file).catch(() => undefined);
  const targetRelative = target === undefined ? '..' : path.relative(await realpath(root), target);
  if (targetRelative.startsWith('..') || path.isAbsolute(targetRelative)) {
    const what = stats.isSymbolicLink() ? 'The file is a symbolic link that points' : 'The file lies, through a linked folder,';
    return fail('path-escape', `${what} outside the content folder.`, 'Copy the file into the content folder instead of linking to it.');
  }
  if (stats.isSymbolicLink()) stats = await lstat(target!);
  if (!stats.isFile()) return fail('file-missing', 'The path is not a regular file.', 'Point to a file.');
  if (stats.size > MAX_CONTENT_BYTES) {
    return fail('file-too-large', `The file is ${stats.size} bytes; the limit is ${MAX_CONTENT_BYTES}.`, 'Split the content or remove what does not belong in a notice.');
  }
  const handle = await open(file, 'r');
  let bytes: Buffer;
  try {
    bytes = await handle.readFile();
  } finally {
    await handle.close();
  }
  if (bytes.includes(0)) return fail('file-binary', 'The file contains NUL bytes; it is not text.', 'Content files are UTF-8 text.');
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), messages: [] };
  } catch {
    return fail('file-encoding', 'The file is not valid UTF-8.', 'Save the file as UTF-8.');
  }
}
