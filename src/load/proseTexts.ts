import type { LoadedPolicy } from './readPolicy.ts';

/** The prose section bodies of a loaded policy, by section id: the form composing, hashing and diffing use. */
export function proseTexts(loaded: Pick<LoadedPolicy, 'prose'>): Record<string, string> {
  return Object.fromEntries(Object.entries(loaded.prose).map(([id, source]) => [id, source.text]));
}
