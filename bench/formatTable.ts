import { fmt, type TargetResult } from './judgeTargets.ts';
import type { Machine } from './describeMachine.ts';
import type { Row } from './Row.ts';

/** The results as a Markdown table, with the machine above and the targets below. */
export function formatTable(machine: Machine, rows: readonly Row[], targets: readonly TargetResult[], notes: readonly string[]): string {
  const lines = [
    `Machine: ${machine.cpu}, ${machine.cores} cores (availableParallelism ${machine.availableParallelism}), ${machine.memoryGiB} GiB, ${machine.os}`,
    `Tools: node ${machine.node}; ${machine.chromium}; puppeteer ${machine.puppeteer}; md-to-pdf ${machine.mdToPdf}; ${machine.pandoc}; ${machine.git}`,
    `Source: ${machine.source}; load average at start ${machine.loadAverageAtStart.join(' / ')}`,
    '',
    '| # | Measurement | Median | Min | Max | Runs | Note |',
    '|---|---|---:|---:|---:|---:|---|',
    ...rows.map((row) => `| ${row.group} | ${row.label.replace(/^ +/, '… ')} | ${fmt(row.summary.median, row.unit)} | ${fmt(row.summary.min, row.unit)} | ${fmt(row.summary.max, row.unit)} | ${row.summary.runs.length} | ${row.note ?? ''} |`),
    '',
    '| Target (issue 7) | Measured | Verdict |',
    '|---|---|---|',
    ...targets.map((t) => `| ${t.target} | ${t.measured} | ${t.verdict} |`),
  ];
  if (notes.length > 0) lines.push('', ...notes.map((note) => `- ${note}`));
  return `${lines.join('\n')}\n`;
}
