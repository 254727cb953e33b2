/** A run of `count` consecutive elements with the same fate. */
export interface SequenceRun {
  op: 'equal' | 'insert' | 'delete';
  count: number;
}

/**
 * Above this edit distance we stop searching for the shortest script: the trace grows as D², and a
 * section rewritten that thoroughly reads no better as a fine-grained diff than as replaced.
 */
const MAX_EDIT_DISTANCE = 2000;

/** Shortest edit script between two sequences of interned ids (Myers' O(ND) algorithm). */
export function diffSequences(a: ArrayLike<number>, b: ArrayLike<number>): SequenceRun[] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  ) {
    suffix++;
  }
  const n = a.length - prefix - suffix;
  const m = b.length - prefix - suffix;
  const runs: SequenceRun[] = [];
  push(runs, 'equal', prefix);
  for (const run of middle(a, b, prefix, n, m)) push(runs, run.op, run.count);
  push(runs, 'equal', suffix);
  return runs;
}

function middle(a: ArrayLike<number>, b: ArrayLike<number>, start: number, n: number, m: number): SequenceRun[] {
  if (n === 0 || m === 0) return [{ op: 'delete', count: n }, { op: 'insert', count: m }];
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] holds v after round d for diagonals -d..d, enough to walk the path back.
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[start + x] === b[start + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    trace.push(v.slice(offset - d, offset + d + 1));
  }
  if (found < 0) return [{ op: 'delete', count: n }, { op: 'insert', count: m }];

  const reversed: SequenceRun[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const previous = trace[d - 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && previous[k - 1 + d - 1]! < previous[k + 1 + d - 1]!);
    const previousK = down ? k + 1 : k - 1;
    const previousX = previous[previousK + d - 1]!;
    const previousY = previousX - previousK;
    const snakeStartX = down ? previousX : previousX + 1;
    reversed.push({ op: 'equal', count: x - snakeStartX });
    reversed.push({ op: down ? 'insert' : 'delete', count: 1 });
    x = previousX;
    y = previousY;
  }
  reversed.push({ op: 'equal', count: x });
  const runs: SequenceRun[] = [];
  for (let i = reversed.length - 1; i >= 0; i--) push(runs, reversed[i]!.op, reversed[i]!.count);
  return runs;
}

function push(runs: SequenceRun[], op: SequenceRun['op'], count: number): void {
  if (count === 0) return;
  const last = runs[runs.length - 1];
  if (last && last.op === op) last.count += count;
  else runs.push({ op, count });
}
