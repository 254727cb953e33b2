import { describeCounts } from './describeCounts.ts';
import { describeSectionStatus } from './describeSectionStatus.ts';
import { escapeHtml } from './escapeHtml.ts';
import { groupBlocks, type BlockGroup } from './groupBlocks.ts';
import { isDelimiterRow } from './isDelimiterRow.ts';
import { sectionLabel } from './sectionLabel.ts';
import { splitTableCells } from './splitTableCells.ts';
import type { Redline, SectionChange, WordOp } from './types.ts';

/** Options for the HTML redline fragment. */
export interface RenderRedlineHtmlOptions {
  /** Shown as an `<h2>` above the redline; sections then use `<h3>`. */
  title?: string;
}

/**
 * Render a redline as an HTML fragment with `<ins>`/`<del>`. Each change also carries visually
 * hidden words ("[inserted: … end inserted]"): screen readers mostly ignore the ins/del roles, CSS
 * `::before` content is skipped by some of them, and `aria-label` is prohibited on these roles.
 */
export function renderRedlineHtml(r: Redline, options: RenderRedlineHtmlOptions = {}): string {
  const out: string[] = ['<div class="redline">'];
  const sectionTag = options.title === undefined ? 'h2' : 'h3';
  if (options.title !== undefined) out.push(`<h2 class="redline-title">${escapeHtml(options.title)}</h2>`);
  out.push(`<p class="redline-summary">${escapeHtml(describeCounts(r.counts))}</p>`);
  out.push(
    `<p class="redline-legend">Legend: ${renderOps([{ op: 'insert', text: 'inserted text' }])} is underlined; ` +
      `${renderOps([{ op: 'delete', text: 'deleted text' }])} is struck through.</p>`,
  );
  for (const section of r.sections) out.push(...renderSection(section, sectionTag));
  out.push('</div>');
  return `${out.join('\n')}\n`;
}

function renderSection(section: SectionChange, tag: string): string[] {
  const label = section.level === 0 ? escapeHtml(sectionLabel(section)) : renderOps(section.headingOps);
  if (section.status === 'unchanged') {
    // An empty preamble on both sides is an artefact of splitting, not content worth a line.
    if (section.level === 0 && section.blocks.length === 0) return [];
    return [`<p class="redline-unchanged">Section unchanged: ${escapeHtml(sectionLabel(section))}</p>`];
  }
  const out = [
    `<section class="redline-section redline-${section.status}">`,
    `<${tag}>${label} <span class="redline-status">(${escapeHtml(describeSectionStatus(section))})</span></${tag}>`,
  ];
  if (section.status === 'moved') out.push('<p class="redline-note">Content unchanged.</p>');
  else for (const group of groupBlocks(section.blocks)) out.push(renderGroup(group));
  out.push('</section>');
  return out;
}

function renderGroup(group: BlockGroup): string {
  switch (group.kind) {
    case 'bullet-item':
    case 'ordered-item': {
      const tag = group.kind === 'bullet-item' ? 'ul' : 'ol';
      return `<${tag}>\n${group.blocks.map((block) => `<li>${renderOps(block.ops)}</li>`).join('\n')}\n</${tag}>`;
    }
    case 'table-row':
      return renderTable(group);
    case 'code':
      return `<pre class="redline-code"><code>${group.blocks.map((block) => renderOps(block.ops)).join('\n')}</code></pre>`;
    case 'quote':
      return `<blockquote><p>${renderOps(group.blocks[0]!.ops)}</p></blockquote>`;
    case 'paragraph':
      return `<p>${renderOps(group.blocks[0]!.ops)}</p>`;
  }
}

function renderTable(group: BlockGroup): string {
  const rows: string[] = [];
  group.blocks.forEach((block, index) => {
    // The delimiter row is layout, not content; a header row is the one just above it.
    if (isDelimiterRow(block)) return;
    const header = group.blocks[index + 1] !== undefined && isDelimiterRow(group.blocks[index + 1]!);
    const cell = header ? 'th' : 'td';
    const cells = splitTableCells(block.ops).map((ops) => `<${cell}>${renderOps(ops)}</${cell}>`);
    rows.push(`<tr>${cells.join('')}</tr>`);
  });
  return `<table class="redline-table">\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

function renderOps(ops: WordOp[]): string {
  return ops
    .map(({ op, text }) => {
      const escaped = escapeHtml(text);
      if (op === 'equal') return escaped;
      const [tag, word] = op === 'insert' ? ['ins', 'inserted'] : ['del', 'deleted'];
      return (
        `<${tag}><span class="redline-sr">[${word}: </span>${escaped}` +
        `<span class="redline-sr"> end ${word}]</span></${tag}>`
      );
    })
    .join('');
}
