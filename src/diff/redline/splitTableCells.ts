import type { WordOp } from './types.ts';

/**
 * Cut a table row's word ops at its cell pipes, so each cell can be marked up on its own and a
 * rendered table keeps its shape even when a whole row was inserted or deleted.
 */
export function splitTableCells(ops: WordOp[]): WordOp[][] {
  const cells: WordOp[][] = [[]];
  for (const { op, text } of ops) {
    // A pipe preceded by a backslash is a literal pipe inside a cell, not a cell boundary.
    const pieces = text.split(/(?<!\\)\|/);
    pieces.forEach((piece, index) => {
      if (index > 0) cells.push([]);
      if (piece !== '') cells[cells.length - 1]!.push({ op, text: piece });
    });
  }
  const blank = (cell: WordOp[]): boolean => cell.every((part) => part.text.trim() === '');
  if (cells.length > 1 && blank(cells[0]!)) cells.shift();
  if (cells.length > 1 && blank(cells[cells.length - 1]!)) cells.pop();
  return cells.map(trimCell);
}

function trimCell(cell: WordOp[]): WordOp[] {
  const parts = cell.map((part) => ({ ...part }));
  if (parts[0]) parts[0].text = parts[0].text.replace(/^\s+/, '');
  const last = parts[parts.length - 1];
  if (last) last.text = last.text.replace(/\s+$/, '');
  return parts.filter((part) => part.text !== '');
}
