import { describe, expect, it } from 'vitest';
import { signPayload } from './signPayload.ts';
import { verifySignature } from './verifySignature.ts';

const body = '{"policy":"privacy","version":"2.0.0"}';
const t = 1_700_000_000;

describe('verifySignature', () => {
  it('accepts a fresh signature made with the same secret', () => {
    expect(verifySignature(body, signPayload(body, 'right', t), 'right', { now: t + 10 })).toBe(true);
  });

  it('rejects a wrong secret', () => {
    expect(verifySignature(body, signPayload(body, 'wrong', t), 'right', { now: t })).toBe(false);
  });

  it('rejects a stale timestamp, and one too far in the future', () => {
    const header = signPayload(body, 'k', t);
    expect(verifySignature(body, header, 'k', { now: t + 301 })).toBe(false);
    expect(verifySignature(body, header, 'k', { now: t - 301 })).toBe(false);
    expect(verifySignature(body, header, 'k', { now: t + 301, toleranceSeconds: 600 })).toBe(true);
  });

  it('rejects a replay with a forged fresh timestamp', () => {
    const v1 = signPayload(body, 'k', t).split(',')[1];
    expect(verifySignature(body, `t=${t + 1000},${v1}`, 'k', { now: t + 1000 })).toBe(false);
  });

  it('rejects a tampered body', () => {
    expect(verifySignature(`${body} `, signPayload(body, 'k', t), 'k', { now: t })).toBe(false);
  });

  it('rejects malformed headers without throwing', () => {
    for (const header of ['', 'garbage', `t=${t}`, 'v1=abcd', `t=${t},v1=zz`, `t=x,v1=${'a'.repeat(64)}`]) {
      expect(verifySignature(body, header, 'k', { now: t })).toBe(false);
    }
    expect(verifySignature(body, signPayload(body, 'k', t), '', { now: t })).toBe(false);
  });

  it('accepts any one of several v1 signatures, for secret rotation', () => {
    const oldV1 = signPayload(body, 'old', t).split(',')[1];
    const newV1 = signPayload(body, 'new', t).split(',')[1];
    const header = `t=${t},${oldV1},${newV1}`;
    expect(verifySignature(body, header, 'new', { now: t })).toBe(true);
    expect(verifySignature(body, header, 'old', { now: t })).toBe(true);
    expect(verifySignature(body, header, 'other', { now: t })).toBe(false);
  });
});
