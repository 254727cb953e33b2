/** Items of two lists paired by identity: what only one side has, and what both have. */
export interface MatchedItems<T> {
  added: T[];
  removed: T[];
  kept: Array<{ key: string; before: T; after: T }>;
}

/** Pairs list items by a key, so moving an item within a list is not a change. */
export function matchItems<T>(before: readonly T[], after: readonly T[], keyOf: (item: T) => string): MatchedItems<T> {
  const afterByKey = new Map(after.map((item) => [keyOf(item), item] as const));
  const beforeKeys = new Set(before.map(keyOf));
  const kept: MatchedItems<T>['kept'] = [];
  const removed: T[] = [];
  for (const item of before) {
    const key = keyOf(item);
    const match = afterByKey.get(key);
    if (match === undefined) removed.push(item);
    else kept.push({ key, before: item, after: match });
  }
  const added = after.filter((item) => !beforeKeys.has(keyOf(item)));
  return { added, removed, kept };
}

/**
 * A key for items without an id (rights, contact channels, representatives): the kind alone where
 * it is unique on both sides, so an edited item stays the same item; kind plus a second field where
 * the kind repeats.
 */
export function keyByKind<T>(before: readonly T[], after: readonly T[], kindOf: (item: T) => string, detailOf: (item: T) => string): (item: T) => string {
  const repeated = new Set<string>();
  for (const list of [before, after]) {
    const seen = new Set<string>();
    for (const item of list) {
      const kind = kindOf(item);
      if (seen.has(kind)) repeated.add(kind);
      seen.add(kind);
    }
  }
  return (item) => (repeated.has(kindOf(item)) ? `${kindOf(item)}:${detailOf(item)}` : kindOf(item));
}
