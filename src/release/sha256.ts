import { createHash } from 'node:crypto';

/** SHA-256 of text or bytes as `sha256:<hex>`, the form every hash in records and manifests takes. */
export function sha256(content: string | Uint8Array): string {
  return `sha256:${createHash('sha256').update(content).digest('hex')}`;
}
