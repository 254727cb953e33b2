import type { Row } from './Row.ts';
import { summarise } from './summarise.ts';

/** Makes a table row from raw samples. */
export function toRow(group: string, id: string, label: string, samples: readonly number[], options: { unit?: Row['unit']; note?: string } = {}): Row {
  return { id, group, label, unit: options.unit ?? 'ms', summary: summarise(samples), ...(options.note ? { note: options.note } : {}) };
}
