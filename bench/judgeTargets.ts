import type { Row } from './Row.ts';

/** One of issue 7's targets, judged on this run's figures. */
export interface TargetResult {
  target: string;
  measured: string;
  verdict: 'PASS' | 'MISS' | 'SKIP';
}

/** Facts the rows alone do not carry. */
export interface TargetFacts {
  editPrinted: number[];
  noopPrinted: number[];
  pandocSkipped?: string;
}

/** Judges every target of issue 7 from the rows present; a target whose rows were not measured is skipped. */
export function judgeTargets(rows: readonly Row[], facts: TargetFacts): TargetResult[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const median = (id: string) => byId.get(id)?.summary.median;
  const results: TargetResult[] = [];
  const ratioAtMost = (target: string, num: string, den: string, limit: number, scale = 1) => {
    const a = median(num);
    const b = median(den);
    if (a === undefined || b === undefined) return results.push({ target, measured: 'not measured', verdict: 'SKIP' });
    const ratio = a / (b * scale);
    results.push({ target, measured: `${ratio.toFixed(2)}x (${fmt(a)} vs ${scale === 1 ? '' : `${scale} x `}${fmt(b)})`, verdict: ratio <= limit ? 'PASS' : 'MISS' });
  };
  const speedupAtLeast = (target: string, theirs: string, ours: string, limit: number, skipped?: string) => {
    const a = median(theirs);
    const b = median(ours);
    if (a === undefined || b === undefined) return results.push({ target, measured: skipped ?? 'not measured', verdict: 'SKIP' });
    const ratio = a / b;
    results.push({ target, measured: `speed-up ${ratio.toFixed(2)}x (ours ${fmt(b)}, theirs ${fmt(a)})`, verdict: ratio >= limit ? 'PASS' : 'MISS' });
  };
  const below = (target: string, id: string, limit: number, pick: 'median' | 'max' = 'median') => {
    const row = byId.get(id);
    if (!row) return results.push({ target, measured: 'not measured', verdict: 'SKIP' });
    const value = row.summary[pick];
    results.push({ target, measured: `${fmt(value, row.unit)}${pick === 'max' ? ' (worst run)' : ''}, ${(value / limit).toFixed(2)}x the limit`, verdict: value < limit ? 'PASS' : 'MISS' });
  };

  ratioAtMost('PDF print cost per document within 1.15x of the raw floor', 'pdf-ours', 'pdf-raw', 1.15);
  // Where md-to-pdf failed in some runs, compare against the runs in which it made every PDF.
  const mdToPdf = (count: number) => (byId.has(`mdtopdf-${count}-ok`) ? `mdtopdf-${count}-ok` : `mdtopdf-${count}`);
  const failedNote = (count: number) => (byId.has(`mdtopdf-${count}-ok`) ? '; md-to-pdf successful runs only' : '');
  speedupAtLeast(`At least 2x faster than md-to-pdf on 10 notices${failedNote(10)}`, mdToPdf(10), 'ours-pdf-10', 2);
  speedupAtLeast(`At least 2.5x faster than md-to-pdf on 50 notices${failedNote(50)}`, mdToPdf(50), 'ours-pdf-50', 2.5);
  speedupAtLeast('At least 10x faster than pandoc on the 50-notice HTML batch', 'pandoc-html-50', 'ours-html-50', 10, facts.pandocSkipped);
  below('No-op rebuild under 0.3 s (CLI, as run by hand)', 'noop-cli', 300);
  if (facts.noopPrinted.length > 0) {
    results.push({ target: 'No-op rebuild prints no PDF', measured: `printed per run: ${facts.noopPrinted.join(', ')}`, verdict: facts.noopPrinted.every((n) => n === 0) ? 'PASS' : 'MISS' });
  }
  if (facts.editPrinted.length > 0) {
    results.push({ target: 'A one-word edit of the draft reprints exactly one PDF', measured: `printed per run: ${facts.editPrinted.join(', ')}`, verdict: facts.editPrinted.every((n) => n === 1) ? 'PASS' : 'MISS' });
  } else results.push({ target: 'A one-word edit of the draft reprints exactly one PDF', measured: 'not measured', verdict: 'SKIP' });
  below('200 versions: peak memory under 1 GiB (node + Chromium, summed PSS)', 'scale-200-tree', 1024, 'max');
  ratioAtMost('200 versions: time within 1.2x of linear from 50', 'scale-200-time', 'scale-50-time', 1.2, 4);
  below('1 MB redline under 1 s', 'redline-1m', 1000);
  ratioAtMost('1 MB redline within 3x of git diff --no-index --word-diff', 'redline-1m', 'git-1m', 3);
  return results;
}

/** Formats a value in its unit: milliseconds under a second, seconds above; MiB as whole numbers. */
export function fmt(value: number, unit: Row['unit'] = 'ms'): string {
  if (unit === 'MiB') return `${value.toFixed(0)} MiB`;
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  return `${value.toFixed(value < 10 ? 1 : 0)} ms`;
}
