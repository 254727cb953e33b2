/**
 * Given matched pairs `[beforeIndex, afterIndex]`, choose the largest set that keeps its relative
 * order (a longest increasing subsequence, O(n log n)); the rest are the sections that moved.
 * Among equally long choices the heavier one stays, so a small section moving past a big one is
 * reported as the small one moving. Returns the indexes (into `pairs`) of the stable pairs.
 */
export function findStableMatches(pairs: Array<[number, number]>, weights: number[]): Set<number> {
  const order = pairs.map((_, index) => index).sort((x, y) => pairs[x]![0] - pairs[y]![0]);
  const size = pairs.reduce((max, pair) => Math.max(max, pair[1] + 1), 0);
  // Fenwick tree over after-indexes holding the best chain ending at or below each position.
  const treeLength = new Int32Array(size + 1);
  const treeWeight = new Float64Array(size + 1);
  const treeEnd = new Int32Array(size + 1).fill(-1);
  const previous = new Int32Array(pairs.length).fill(-1);
  const chainLength = new Int32Array(pairs.length);
  const chainWeight = new Float64Array(pairs.length);
  const better = (length: number, weight: number, thanLength: number, thanWeight: number): boolean =>
    length > thanLength || (length === thanLength && weight > thanWeight);

  let bestEnd = -1;
  for (const index of order) {
    const position = pairs[index]![1];
    let length = 0;
    let weight = 0;
    let end = -1;
    for (let p = position; p > 0; p -= p & -p) {
      if (better(treeLength[p]!, treeWeight[p]!, length, weight)) {
        length = treeLength[p]!;
        weight = treeWeight[p]!;
        end = treeEnd[p]!;
      }
    }
    previous[index] = end;
    chainLength[index] = length + 1;
    chainWeight[index] = weight + (weights[index] ?? 0);
    for (let p = position + 1; p <= size; p += p & -p) {
      if (better(chainLength[index]!, chainWeight[index]!, treeLength[p]!, treeWeight[p]!)) {
        treeLength[p] = chainLength[index]!;
        treeWeight[p] = chainWeight[index]!;
        treeEnd[p] = index;
      }
    }
    if (bestEnd < 0 || better(chainLength[index]!, chainWeight[index]!, chainLength[bestEnd]!, chainWeight[bestEnd]!)) {
      bestEnd = index;
    }
  }
  const stable = new Set<number>();
  for (let index = bestEnd; index >= 0; index = previous[index]!) stable.add(index);
  return stable;
}
