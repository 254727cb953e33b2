import { link, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sha256 } from '../release/sha256.ts';

/**
 * Writes the whole output into a temp folder beside `outDir`, then swaps it into
 * place, so a failed or killed build leaves the previous output whole. A file whose
 * bytes equal the previous build's is hard-linked from it rather than rewritten, so it
 * keeps its inode and modification time. Returns the paths written and carried over.
 */
export async function applyBuild(
  outDir: string,
  files: ReadonlyMap<string, string | Uint8Array>,
  previous: ReadonlyMap<string, string> = new Map(),
): Promise<{ written: string[]; unchanged: string[] }> {
  const target = path.resolve(outDir);
  const stamp = `${process.pid}-${Date.now()}`;
  const temp = `${target}.tmp-${stamp}`;
  const old = `${target}.old-${stamp}`;
  const written: string[] = [];
  const unchanged: string[] = [];
  try {
    for (const relative of [...files.keys()].sort()) {
      const file = path.join(temp, relative);
      const content = files.get(relative)!;
      await mkdir(path.dirname(file), { recursive: true });
      const same = previous.get(relative) === sha256(content) && (await linkIfSame(path.join(target, relative), file, content));
      if (same) unchanged.push(relative);
      else {
        await writeFile(file, content);
        written.push(relative);
      }
    }
    const hadOld = await rename(target, old).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false;
        throw error;
      },
    );
    try {
      await rename(temp, target);
    } catch (error) {
      // Put the previous output back rather than leave no output at all.
      if (hadOld) await rename(old, target).catch(() => undefined);
      throw error;
    }
    if (hadOld) await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw new Error(`Could not write the build output to ${outDir}: ${(error as Error).message}`, { cause: error });
  }
  return { written, unchanged };
}

/** Hard-links the previous file into the new tree when its bytes on disk are still the ones wanted. */
async function linkIfSame(previousFile: string, file: string, content: string | Uint8Array): Promise<boolean> {
  // The manifest may be stale if someone edited dist/ by hand: trust the bytes, not the listing.
  const bytes = await readFile(previousFile).catch(() => undefined);
  if (!bytes || sha256(bytes) !== sha256(content)) return false;
  return link(previousFile, file).then(
    () => true,
    () => false,
  );
}
