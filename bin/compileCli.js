// Compiles the TypeScript CLI into .build/ with esbuild when the sources changed since
// the last compile, and returns the entry to import. Compiling once, rather than
// transforming every module on every run, keeps a no-op `policyforge build` fast.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/** A key of every source file's path, size and modification time: it changes whenever a source does. */
function sourceKey() {
  const hash = createHash('sha256');
  const files = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .concat(join(root, 'package.json'))
    .sort();
  for (const file of files) {
    const stats = statSync(file);
    hash.update(`${relative(root, file)}\0${stats.size}\0${stats.mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

/** Returns the path of a compiled CLI entry that matches the sources, compiling it first when needed. */
export async function compileCli() {
  const key = sourceKey();
  const outdir = join(root, '.build', `cli-${key}`);
  const entry = join(outdir, 'main.js');
  if (existsSync(entry)) return entry;
  const { build } = await import('esbuild');
  const temp = `${outdir}.tmp-${process.pid}`;
  await build({
    entryPoints: { main: join(root, 'src/cli/main.ts') },
    outdir: temp,
    bundle: true,
    // Dynamic imports stay separate chunks, so each command loads only what it uses.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  // Builds racing each other: the first rename wins and the others use it.
  try {
    renameSync(temp, outdir);
  } catch {
    rmSync(temp, { recursive: true, force: true });
  }
  for (const old of readdirSync(join(root, '.build'))) {
    if (old !== `cli-${key}` && old.startsWith('cli-') && !old.includes('.tmp-')) rmSync(join(root, '.build', old), { recursive: true, force: true });
  }
  return entry;
}
