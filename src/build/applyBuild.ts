import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes the whole output into a temp folder beside `outDir`, then swaps it into
 * place, so a failed or killed build leaves the previous output whole. Returns the
 * paths written, relative to `outDir`.
 */
export async function applyBuild(outDir: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<string[]> {
  const target = path.resolve(outDir);
  const temp = `${target}.tmp-${process.pid}-${Date.now()}`;
  const old = `${target}.old-${process.pid}-${Date.now()}`;
  const written = [...files.keys()].sort();
  try {
    for (const relative of written) {
      const file = path.join(temp, relative);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, files.get(relative)!);
    }
    const hadOld = await rename(target, old).then(() => true, (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    });
    await rename(temp, target);
    if (hadOld) await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw new Error(`Could not write the build output to ${outDir}: ${(error as Error).message}`, { cause: error });
  }
  return written;
}
