import type { BlockChange } from './types.ts';

/** The text of a block as it now reads, or as it read if the whole block was deleted. */
export function newerText(block: BlockChange): string {
  const after = block.ops.filter((part) => part.op !== 'delete').map((part) => part.text).join('');
  return after !== '' ? after : block.ops.map((part) => part.text).join('');
}
