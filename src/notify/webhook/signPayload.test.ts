import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signPayload } from './signPayload.ts';

describe('signPayload', () => {
  it('signs `${timestamp}.${body}` with HMAC-SHA256 in the t=,v1= format', () => {
    const body = '{"policy":"privacy","version":"2.0.0"}';
    const expected = createHmac('sha256', 's3cret').update(`1700000000.${body}`).digest('hex');
    expect(signPayload(body, 's3cret', 1_700_000_000)).toBe(`t=1700000000,v1=${expected}`);
  });

  it('binds the timestamp, so the same body at another time signs differently', () => {
    const a = signPayload('{}', 'k', 1_700_000_000).split('v1=')[1];
    const b = signPayload('{}', 'k', 1_700_000_001).split('v1=')[1];
    expect(a).not.toBe(b);
  });

  it('throws for an empty secret or a non-integer timestamp', () => {
    expect(() => signPayload('{}', '', 1)).toThrow(/secret is empty/);
    expect(() => signPayload('{}', 'k', 1_700_000_000_000.5)).toThrow(/whole Unix seconds/);
  });
});
