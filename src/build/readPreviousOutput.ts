import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sha256 } from '../release/sha256.ts';

/** What the previous build left in the output folder, as its manifest describes it. */
export interface PreviousOutput {
  /** Digest of the inputs of the previous build. */
  inputs?: string;
  /** SHA-256 of each file by path, as listed in the manifest. */
  files: Map<string, string>;
  /** Input digest of each PDF by path. */
  pdfInputs: Map<string, string>;
  /** The manifest's entry for each policy, by id. */
  policies: Record<string, unknown>;
}

/** Reads the previous manifest; a missing or unreadable one means there is nothing to reuse. */
export async function readPreviousOutput(outDir: string): Promise<PreviousOutput> {
  const manifest = await readFile(path.join(outDir, 'manifest.json'), 'utf8').then(JSON.parse, () => undefined);
  const previous: PreviousOutput = { files: new Map(), pdfInputs: new Map(), policies: {} };
  if (!manifest || !Array.isArray(manifest.files)) return previous;
  if (typeof manifest.inputs === 'string') previous.inputs = manifest.inputs;
  if (manifest.policies && typeof manifest.policies === 'object') previous.policies = manifest.policies;
  for (const entry of manifest.files as { path: string; sha256: string }[]) previous.files.set(entry.path, entry.sha256);
  for (const [file, digest] of Object.entries((manifest.pdfInputs ?? {}) as Record<string, string>)) previous.pdfInputs.set(file, digest);
  return previous;
}

/** True when every file the manifest lists is on disk with the bytes it lists: nothing was edited or removed since. */
export async function outputIntact(outDir: string, previous: PreviousOutput): Promise<boolean> {
  for (const [file, hash] of previous.files) {
    const bytes = await readFile(path.join(outDir, file)).catch(() => undefined);
    if (!bytes || sha256(bytes) !== hash) return false;
  }
  return previous.files.size > 0;
}
