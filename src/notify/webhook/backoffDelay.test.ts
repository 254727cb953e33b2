import { describe, expect, it } from 'vitest';
import { MAX_DELAY_MS, backoffDelay } from './backoffDelay.ts';

describe('backoffDelay', () => {
  it('doubles per attempt, with jitter between 0 and 50% on top', () => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      const exponential = 500 * 2 ** (attempt - 1);
      const delay = backoffDelay(attempt, 500, 'key');
      expect(delay).toBeGreaterThanOrEqual(exponential);
      expect(delay).toBeLessThanOrEqual(exponential * 1.5);
    }
  });

  it('is deterministic for a key and attempt, and varies between keys', () => {
    expect(backoffDelay(2, 500, 'key-a')).toBe(backoffDelay(2, 500, 'key-a'));
    const spread = new Set(['a', 'b', 'c', 'd', 'e'].map((key) => backoffDelay(3, 500, key)));
    expect(spread.size).toBeGreaterThan(1);
  });

  it('is capped', () => {
    expect(backoffDelay(30, 500, 'key')).toBe(MAX_DELAY_MS);
  });
});
