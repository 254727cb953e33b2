/** Collapses runs of whitespace and trims, so re-wrapping and padding are not changes. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Whether two values are equal once every string in them is whitespace-normalised; absent and undefined are equal. */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonicalValue(a) === canonicalValue(b);
}

function canonicalValue(value: unknown): string {
  return JSON.stringify(normaliseDeep(value)) ?? 'undefined';
}

function normaliseDeep(value: unknown): unknown {
  if (typeof value === 'string') return normaliseText(value);
  if (Array.isArray(value)) return value.map(normaliseDeep);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, normaliseDeep(v)]);
    return Object.fromEntries(entries);
  }
  return value;
}

/** Whether two lists hold the same members, ignoring order and duplicates. */
export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((item) => right.has(item));
}
