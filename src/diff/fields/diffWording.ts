import { createFinding, type Finding } from './finding.ts';
import { sameValue } from './normaliseText.ts';

/** A prose-changed finding when text (or a structure of text) differs beyond whitespace. */
export function diffWording(path: string, label: string, before: unknown, after: unknown): Finding[] {
  if (sameValue(before, after)) return [];
  const how = before === undefined ? 'added' : after === undefined ? 'removed' : 'edited';
  return [createFinding('prose-changed', path, `${label} ${how}`, before, after)];
}

/** prose-changed findings for each named field of two objects that differs. */
export function diffWordingFields<T extends object>(path: string, label: string, before: T | undefined, after: T | undefined, fields: ReadonlyArray<keyof T & string>): Finding[] {
  return fields.flatMap((field) => diffWording(`${path}.${field}`, `${label} (${field})`, before?.[field], after?.[field]));
}
