import { newerText } from './newerText.ts';
import type { BlockChange } from './types.ts';

/** Whether a table-row block is the GFM header delimiter (`| --- | --- |` once normalised) in its newer form. */
export function isDelimiterRow(block: BlockChange): boolean {
  return block.kind === 'table-row' && /^\|(?: --- \|)+$/.test(newerText(block));
}
