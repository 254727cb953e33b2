import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { idempotencyKey } from './idempotencyKey.ts';

const digest = createHash('sha256').update('{"a":1}').digest('hex');

describe('idempotencyKey', () => {
  it('is stable for the same release', () => {
    expect(idempotencyKey('privacy', '2.0.0', digest)).toBe(idempotencyKey('privacy', '2.0.0', digest));
    expect(idempotencyKey('privacy', '2.0.0', digest)).toBe(`policyforge:privacy:2.0.0:${digest.slice(0, 16)}`);
  });

  it('differs when the policy, version or payload differs', () => {
    const other = createHash('sha256').update('{"a":2}').digest('hex');
    const base = idempotencyKey('privacy', '2.0.0', digest);
    expect(idempotencyKey('cookies', '2.0.0', digest)).not.toBe(base);
    expect(idempotencyKey('privacy', '2.0.1', digest)).not.toBe(base);
    expect(idempotencyKey('privacy', '2.0.0', other)).not.toBe(base);
  });

  it('keeps a colon in a name from colliding with the separator', () => {
    expect(idempotencyKey('a:b', 'c', digest)).not.toBe(idempotencyKey('a', 'b:c', digest));
  });

  it('normalises digest case', () => {
    expect(idempotencyKey('p', '1', digest.toUpperCase())).toBe(idempotencyKey('p', '1', digest));
  });

  it('throws for a value that is not a SHA-256 hex digest, or empty names', () => {
    expect(() => idempotencyKey('p', '1', 'abc')).toThrow(/64-character hex/);
    expect(() => idempotencyKey('', '1', digest)).toThrow(/non-empty/);
  });
});
