import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { redline } from '../src/diff/redline/index.ts';
import { markdownToHtml } from '../src/render/html/index.ts';
import { generateRedlinePair } from './generateRedlinePair.ts';
import { REPO } from './repoPaths.ts';
import type { Row } from './Row.ts';
import { runChild } from './runChild.ts';
import { timeRuns } from './timeRuns.ts';
import { toRow } from './toRow.ts';

/** Row 6: redline against git's word diff on the same pair, at 16 KB and 1 MB; and Markdown to HTML at both sizes. */
export async function benchRedline(work: string, runs: number): Promise<Row[]> {
  const dir = await mkdtemp(path.join(work, 'redline-'));
  const releases = path.join(REPO, 'content', 'xstek', 'releases');
  const [first, second] = await Promise.all(['2024-06-18.json', '2026-11-25.json'].map(async (name) => JSON.parse(await readFile(path.join(releases, name), 'utf8')).text as string));
  const pairs = [
    { key: 'xstek', label: `the two Xstek releases (${kb(first!)} KB)`, ...{ before: first!, after: second! } },
    { key: '16k', label: '16 KB generated pair', ...generateRedlinePair(16 * 1024) },
    { key: '1m', label: '1 MB generated pair', ...generateRedlinePair(1024 * 1024) },
  ];
  const rows: Row[] = [];
  for (const pair of pairs) {
    const before = path.join(dir, `${pair.key}-before.md`);
    const after = path.join(dir, `${pair.key}-after.md`);
    await writeFile(before, pair.before);
    await writeFile(after, pair.after);
    // The first call pays for JIT compilation; reported apart from the warm runs.
    const start = performance.now();
    redline(pair.before, pair.after);
    const cold = performance.now() - start;
    const times = await timeRuns(runs, {
      ours: { run: () => redline(pair.before, pair.after) },
      git: {
        run: () => runChild('git', ['diff', '--no-index', '--word-diff', before, after]),
        // Exit status 1 means "the files differ"; anything else is a failure.
        check: (r: Awaited<ReturnType<typeof runChild>>) => {
          if (r.code !== 1) throw new Error(`git diff --no-index failed (${r.code}): ${r.stderr}`);
        },
      },
      html: { run: () => markdownToHtml(pair.before) },
    });
    rows.push(
      toRow('6', `redline-${pair.key}`, `Redline, ${pair.label}, warm`, times.ours, { note: `first (cold) call ${cold.toFixed(0)} ms` }),
      toRow('6', `git-${pair.key}`, `git diff --no-index --word-diff, ${pair.label} (process included)`, times.git),
      toRow('ref', `html-${pair.key}`, `markdownToHtml of one side, ${pair.label}`, times.html, { note: `${kb(pair.before)} KB` }),
    );
  }
  await rm(dir, { recursive: true, force: true });
  return rows;
}

function kb(text: string): string {
  return (Buffer.byteLength(text) / 1024).toFixed(0);
}
