/**
 * Build the stable idempotency key for one release: `policyforge:<policy>:<version>:<first 16 hex of the digest>`.
 * The digest must identify the release itself (buildNotification uses the record hash), so every
 * send of the same release carries the same key even if the notification's wording is improved.
 */
export function idempotencyKey(policy: string, version: string, payloadSha256: string): string {
  if (!/^[0-9a-fA-F]{64}$/.test(payloadSha256)) {
    throw new Error(
      `idempotencyKey: payloadSha256 must be a 64-character hex SHA-256 digest, got "${payloadSha256}"; ` +
        "pass createHash('sha256').update(body).digest('hex')",
    );
  }
  if (policy === '' || version === '') {
    throw new Error('idempotencyKey: policy and version must be non-empty; pass the release being announced');
  }
  // Percent-encoding keeps `:` in a name from colliding with the separator ("a:b","c" vs "a","b:c")
  // and keeps the key a legal header value whatever characters the policy id holds.
  return `policyforge:${encodeURIComponent(policy)}:${encodeURIComponent(version)}:${payloadSha256.slice(0, 16).toLowerCase()}`;
}
