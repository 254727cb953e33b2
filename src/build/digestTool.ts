import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Two levels up from src/build/ and from a compiled chunk in .build/cli-*/ alike.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let cached: string | undefined;

/**
 * A digest of the tool itself: its sources and its locked dependencies. Part of every
 * output digest, so a change to the code, a dependency or the shipped fonts rebuilds
 * rather than keeping output the new tool would not write.
 */
export function digestTool(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  const sources = readdirSync(path.join(ROOT, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of [...sources, path.join(ROOT, 'package-lock.json')]) {
    hash.update(path.relative(ROOT, file)).update('\0').update(readFileSync(file));
  }
  cached = `sha256:${hash.digest('hex')}`;
  return cached;
}

/** Identifies the browser binary by path, size and modification time, so a browser upgrade reprints PDFs. */
export function describeBrowserBinary(executablePath: string | undefined): string {
  if (!executablePath) return 'none';
  try {
    // Package upgrades replace the files they install, so a new browser has a new modification time.
    const real = realpathSync(executablePath);
    const stats = statSync(real);
    return `${real}:${stats.size}:${Math.round(stats.mtimeMs)}`;
  } catch {
    return `${executablePath}:missing`;
  }
}
