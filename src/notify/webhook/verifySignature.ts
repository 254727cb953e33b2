import { createHmac, timingSafeEqual } from 'node:crypto';

/** Options for {@link verifySignature}. */
export interface VerifySignatureOptions {
  /** Largest accepted distance between the signed timestamp and `now`, in seconds. Default 300. */
  toleranceSeconds?: number;
  /** Current time in Unix seconds. Defaults to the system clock; pass it in tests. */
  now?: number;
}

const DEFAULT_TOLERANCE_SECONDS = 300;
const HEX_SHA256 = /^[0-9a-f]{64}$/;

/** Check an `x-policyforge-signature` header (`t=<timestamp>,v1=<hex>`) against a body and secret, rejecting stale timestamps. */
export function verifySignature(
  body: string,
  header: string,
  secret: string,
  options: VerifySignatureOptions = {},
): boolean {
  if (secret === '') return false;
  let timestamp: number | undefined;
  const candidates: string[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (name === 't' && /^\d+$/.test(value)) timestamp = Number(value);
    // Several v1 entries are allowed so a sender can sign with an old and a new secret while rotating.
    else if (name === 'v1' && HEX_SHA256.test(value)) candidates.push(value);
  }
  if (timestamp === undefined || candidates.length === 0) return false;

  const now = options.now ?? Math.floor(Date.now() / 1000);
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  // Future timestamps are rejected too, or a forged-ahead clock would extend the replay window.
  if (Math.abs(now - timestamp) > tolerance) return false;

  const expected = createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest();
  let matched = false;
  for (const candidate of candidates) {
    // Compare every candidate without early exit so timing does not reveal which one matched.
    if (timingSafeEqual(expected, Buffer.from(candidate, 'hex'))) matched = true;
  }
  return matched;
}
