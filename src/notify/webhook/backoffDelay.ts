import { createHash } from 'node:crypto';

/** Longest wait between attempts, whether from backoff or from a server's Retry-After. */
export const MAX_DELAY_MS = 60_000;

/** Compute the wait before retry number `attempt` (1 = after the first failure): exponential backoff plus up to 50% jitter. */
export function backoffDelay(attempt: number, baseDelayMs: number, key: string): number {
  const exponential = Math.min(baseDelayMs * 2 ** (attempt - 1), MAX_DELAY_MS);
  // Jitter spreads out senders that failed together, yet is derived from the key and attempt
  // rather than Math.random so the same send always waits the same, and tests can pin it.
  const digest = createHash('sha256').update(`${key}:${attempt}`).digest();
  const fraction = digest.readUInt32BE(0) / 2 ** 32;
  return Math.min(Math.round(exponential * (1 + fraction / 2)), MAX_DELAY_MS);
}
