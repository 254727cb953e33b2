import { describeCounts } from './describeCounts.ts';
import { describeSectionStatus } from './describeSectionStatus.ts';
import { sectionLabel } from './sectionLabel.ts';
import type { BlockChange, Redline, SectionChange, WordOp } from './types.ts';

const PREFIX: Record<BlockChange['kind'], string> = {
  paragraph: '',
  'bullet-item': '- ',
  'ordered-item': '1. ',
  'table-row': '',
  quote: '> ',
  code: '    ',
};

/** Render a redline as plain text for a terminal, marked up like `git diff --word-diff=plain`. */
export function renderRedlineText(r: Redline): string {
  const out: string[] = ['Redline', 'Legend: [-deleted-] {+inserted+}', describeCounts(r.counts)];
  for (const section of r.sections) out.push(...renderSection(section));
  return `${out.join('\n')}\n`;
}

function renderSection(section: SectionChange): string[] {
  if (section.status === 'unchanged') {
    if (section.level === 0 && section.blocks.length === 0) return [];
    return ['', `= Section unchanged: ${clean(sectionLabel(section))}`];
  }
  const label = section.level === 0 ? clean(sectionLabel(section)) : renderOps(section.headingOps);
  const out = ['', `== ${label} (${describeSectionStatus(section)})`];
  if (section.status === 'moved') out.push('   Content unchanged.');
  else for (const block of section.blocks) out.push(`${PREFIX[block.kind]}${renderOps(block.ops)}`);
  return out;
}

function renderOps(ops: WordOp[]): string {
  return ops
    .map(({ op, text }) => (op === 'equal' ? clean(text) : op === 'insert' ? `{+${clean(text)}+}` : `[-${clean(text)}-]`))
    .join('');
}

/** Control characters in content could drive the terminal (ANSI escapes); show them as U+FFFD. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\ufffd');
}
