import { sha256 } from '../release/sha256.ts';
import { TOOL_VERSION } from './toolVersion.ts';

/** The manifest of a build: every file with its size and SHA-256, every release with its hashes, and the input digests that make rebuilds incremental. */
export function buildManifest(
  files: ReadonlyMap<string, string | Uint8Array>,
  policies: Record<string, unknown>,
  pdfInputs: Record<string, string>,
  inputs: string,
) {
  const entries = [...files.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([file, content]) => ({ path: file, size: Buffer.byteLength(content), sha256: sha256(content) }));
  return { format: 1, generator: `policyforge ${TOOL_VERSION}`, inputs, policies, pdfInputs, files: entries };
}
