import { describe, expect, it } from 'vitest';
import { diffSequences } from './diffSequences.ts';

function lcsLength(a: number[], b: number[]): number {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      table[i]![j] = a[i - 1] === b[j - 1] ? table[i - 1]![j - 1]! + 1 : Math.max(table[i - 1]![j]!, table[i]![j - 1]!);
    }
  }
  return table[a.length]![b.length]!;
}

// A fixed-seed generator keeps the property test reproducible.
function random(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe('diffSequences', () => {
  it('finds a shortest edit script that rebuilds both sequences', () => {
    const next = random(42);
    for (let round = 0; round < 300; round++) {
      const a = Array.from({ length: Math.floor(next() * 30) }, () => Math.floor(next() * 5));
      const b = Array.from({ length: Math.floor(next() * 30) }, () => Math.floor(next() * 5));
      const rebuiltA: number[] = [];
      const rebuiltB: number[] = [];
      let i = 0;
      let j = 0;
      let equal = 0;
      for (const run of diffSequences(a, b)) {
        for (let k = 0; k < run.count; k++) {
          if (run.op !== 'insert') rebuiltA.push(a[i++]!);
          if (run.op !== 'delete') rebuiltB.push(b[j++]!);
          if (run.op === 'equal') {
            expect(a[i - 1]).toBe(b[j - 1]);
            equal++;
          }
        }
      }
      expect(rebuiltA).toEqual(a);
      expect(rebuiltB).toEqual(b);
      expect(equal).toBe(lcsLength(a, b));
    }
  });
});
