import { createHmac } from 'node:crypto';

/** Sign a webhook body, returning the `x-policyforge-signature` header value `t=<timestamp>,v1=<hex>`. */
export function signPayload(body: string, secret: string, timestamp: number): string {
  if (secret === '') {
    throw new Error('signPayload: the secret is empty; pass the shared webhook secret, or send unsigned by omitting it');
  }
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) {
    throw new Error(`signPayload: timestamp must be whole Unix seconds, got ${timestamp}; pass Math.floor(now / 1000)`);
  }
  // The timestamp is inside the signed string, so a captured request cannot be replayed later
  // with a fresh `t=`: changing it breaks the MAC, and keeping it lets the receiver reject it as stale.
  const hex = createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
  return `t=${timestamp},v1=${hex}`;
}
