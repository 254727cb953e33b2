import { describeCounts } from './describeCounts.ts';
import { describeSectionStatus } from './describeSectionStatus.ts';
import { escapeMarkdown } from './escapeMarkdown.ts';
import { groupBlocks, type BlockGroup } from './groupBlocks.ts';
import { isDelimiterRow } from './isDelimiterRow.ts';
import { newerText } from './newerText.ts';
import { sectionLabel } from './sectionLabel.ts';
import { splitTableCells } from './splitTableCells.ts';
import type { Redline, SectionChange, WordOp } from './types.ts';

/**
 * Render a redline as GFM using git word-diff markers, `{+inserted+}` and `[-deleted-]`: they read
 * the same raw or rendered, need no HTML, and content is escaped so it cannot forge them.
 */
export function renderRedlineMarkdown(r: Redline, options: { title?: string | false } = {}): string {
  const title = options.title === undefined ? 'Redline' : options.title;
  const out: string[] = [
    // A document that embeds the redline under its own title passes false.
    ...(title === false ? [] : [`# ${escapeMarkdown(title)}`]),
    'Legend: `{+text+}` was inserted, `[-text-]` was deleted.',
    describeCounts(r.counts),
  ];
  for (const section of r.sections) out.push(...renderSection(section));
  return `${out.join('\n\n')}\n`;
}

function renderSection(section: SectionChange): string[] {
  if (section.status === 'unchanged') {
    if (section.level === 0 && section.blocks.length === 0) return [];
    return [`Section unchanged: ${escapeLineStart(escapeMarkdown(sectionLabel(section)))}`];
  }
  const label = section.level === 0 ? escapeMarkdown(sectionLabel(section)) : renderOps(section.headingOps);
  const out = [`## ${label} (${describeSectionStatus(section)})`];
  if (section.status === 'moved') out.push('Content unchanged.');
  else for (const group of groupBlocks(section.blocks)) out.push(renderGroup(group));
  return out;
}

function renderGroup(group: BlockGroup): string {
  switch (group.kind) {
    case 'bullet-item':
      return group.blocks.map((block) => `- ${renderOps(block.ops)}`.trimEnd()).join('\n');
    case 'ordered-item':
      // Every item numbered 1. so inserting an item does not renumber (and redline) the rest.
      return group.blocks.map((block) => `1. ${renderOps(block.ops)}`.trimEnd()).join('\n');
    case 'table-row':
      return group.blocks.map(renderTableRow).join('\n');
    case 'code':
      // Code lines become hard-broken lines of escaped text: markers cannot live inside a code fence.
      return group.blocks.map((block) => escapeLineStart(renderOps(block.ops))).filter((line) => line !== '').join('\\\n');
    case 'quote':
      return `> ${renderOps(group.blocks[0]!.ops)}`;
    case 'paragraph':
      return escapeLineStart(renderOps(group.blocks[0]!.ops));
  }
}

function renderTableRow(block: BlockGroup['blocks'][number]): string {
  // The delimiter row must stay literal for the table to stay a table; its edits are layout only.
  if (isDelimiterRow(block)) return newerText(block);
  return `| ${splitTableCells(block.ops).map(renderOps).join(' | ')} |`;
}

function renderOps(ops: WordOp[]): string {
  return ops
    .map(({ op, text }) => {
      const escaped = escapeMarkdown(text);
      if (op === 'equal') return escaped;
      return op === 'insert' ? `{+${escaped}+}` : `[-${escaped}-]`;
    })
    .join('');
}

/** Text at the start of a line must not read as a heading, list, quote, setext underline or rule. */
function escapeLineStart(line: string): string {
  return line.replace(/^(\d{1,9})([.)])/, '$1\\$2').replace(/^[#>+\-=]/, '\\$&');
}
