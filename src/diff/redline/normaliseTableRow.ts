const DELIMITER_CELL = /^:?-+:?$/;

/**
 * Rewrite a GFM table row canonically so cell padding and delimiter dashes never show as edits. The
 * delimiter row becomes `| --- | --- |`: column alignment is presentation, not wording.
 */
export function normaliseTableRow(line: string): string {
  let inner = line.trim();
  if (inner.startsWith('|')) inner = inner.slice(1);
  if (inner.endsWith('|') && !inner.endsWith('\\|')) inner = inner.slice(0, -1);
  // Split on pipes not escaped with a backslash; `\|` is a literal pipe inside a cell.
  const cells = inner.split(/(?<!\\)\|/).map((cell) => cell.replace(/\s+/g, ' ').trim());
  const delimiter = cells.every((cell) => DELIMITER_CELL.test(cell));
  return `| ${(delimiter ? cells.map(() => '---') : cells).join(' | ')} |`;
}
