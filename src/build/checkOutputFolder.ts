import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { createMessage, type Message } from '../model/message.ts';

/**
 * Refuses an output folder the build must not replace: one that is, or holds, the
 * content or templates folder or the working directory, or an existing folder that a
 * build did not write (it has files but no manifest.json). The build swaps the whole
 * folder, so a wrong --out would otherwise delete what is in it.
 */
export async function checkOutputFolder(outDir: string, protectedDirs: readonly string[]): Promise<Message[]> {
  const out = await resolveReal(outDir);
  for (const dir of [...protectedDirs, process.cwd()]) {
    const guarded = await resolveReal(dir);
    const relative = path.relative(out, guarded);
    if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) {
      return [createMessage(outDir, undefined, 'error', 'out-folder-unsafe', `The output folder ${outDir} is or contains ${dir}; the build replaces its output folder whole.`, 'Pass --out with a folder of its own, such as dist.')];
    }
  }
  const entries = await readdir(out).catch(() => undefined);
  const isDir = await stat(out).then((s) => s.isDirectory(), () => false);
  if (isDir && entries && entries.length > 0 && !entries.includes('manifest.json')) {
    return [createMessage(outDir, undefined, 'error', 'out-folder-unsafe', `The output folder ${outDir} has files but no manifest.json: it was not written by policyforge, and a build would replace it.`, 'Pass --out with an empty or new folder, or one an earlier build wrote.')];
  }
  return [];
}

async function resolveReal(dir: string): Promise<string> {
  // A folder that does not exist yet resolves through its nearest existing parent.
  const absolute = path.resolve(dir);
  const real = await realpath(absolute).catch(() => undefined);
  if (real) return real;
  const parent = path.dirname(absolute);
  return parent === absolute ? absolute : path.join(await resolveReal(parent), path.basename(absolute));
}
