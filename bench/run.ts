// `npm run bench`: the issue-7 benchmark. Prints a Markdown table and writes bench/results.json.
// Options: --runs N (default 5, the minimum), --only 1,2,3,4,5,6 (rows to measure), --keep (keep the temp folder).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { benchBuilds } from './benchBuilds.ts';
import { benchHtml } from './benchHtml.ts';
import { benchMdToPdf, benchPdfFloor } from './benchPdf.ts';
import { benchRedline } from './benchRedline.ts';
import { benchScale } from './benchScale.ts';
import { describeMachine } from './describeMachine.ts';
import { formatTable } from './formatTable.ts';
import { judgeTargets, type TargetFacts } from './judgeTargets.ts';
import { loadNoticeSet } from './loadNoticeSet.ts';
import { prepareScaleSets } from './prepareScaleSets.ts';
import { REPO } from './repoPaths.ts';
import type { Row } from './Row.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, only: { type: 'string', default: '1,2,3,4,5,6' }, keep: { type: 'boolean', default: false } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive whole number (got ${values.runs}).`);
const only = new Set(values.only!.split(','));
const started = performance.now();
const log = (text: string) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0)} s] ${text}\n`);

const machine = describeMachine();
const rows: Row[] = [];
const notes: string[] = [];
const facts: TargetFacts = { editPrinted: [], noopPrinted: [] };
if (runs < 5) notes.push(`Run with --runs ${runs}: fewer than the issue's minimum of 5 runs per figure.`);
const work = await mkdtemp(path.join(os.tmpdir(), 'policyforge-bench-'));
try {
  if (only.has('1') || only.has('2')) {
    log('rows 1-2: cold builds, no-op rebuild, one-word edit, start-up');
    const builds = await benchBuilds(work, runs);
    rows.push(...builds.rows);
    facts.editPrinted = builds.editPrinted;
    facts.noopPrinted = builds.noopPrinted;
  }
  if (only.has('3') || only.has('4') || only.has('5')) {
    log('generating the scale set (40 policies x 4 releases through `release`, not timed)');
    const sets = await prepareScaleSets(work);
    notes.push(`Generating the scale set (160 releases cut with the release command) took ${(sets.generationMs / 1000).toFixed(1)} s, outside every figure.`);
    if (only.has('3')) {
      log('row 3: 50 and 200 versions');
      rows.push(...(await benchScale(sets, work, runs)));
    }
    const set = await loadNoticeSet(sets.small);
    if (only.has('4')) {
      log('row 4: PDF per document against the raw floor');
      rows.push(...(await benchPdfFloor(set, runs)));
    }
    if (only.has('5')) {
      for (const count of [10, 50]) {
        log(`row 5: ${count} notices through md-to-pdf and printPdfs`);
        rows.push(...(await benchMdToPdf(set, work, runs, count)).rows);
      }
      log('row 5: 50 notices to HTML through pandoc and our renderer');
      const html = await benchHtml(set, work, runs);
      rows.push(...html.rows);
      if (html.skipped) {
        facts.pandocSkipped = html.skipped;
        notes.push(html.skipped);
      }
    }
  }
  if (only.has('6')) {
    log('row 6: redline against git word-diff');
    rows.push(...(await benchRedline(work, runs * 2)));
  }
} finally {
  if (values.keep) log(`kept ${work}`);
  else await rm(work, { recursive: true, force: true });
}

rows.sort((a, b) => groupOrder(a.group) - groupOrder(b.group));
const targets = judgeTargets(rows, facts);
const loadAtEnd = os.loadavg().map((n) => Number(n.toFixed(2)));
notes.push(`Load average at the end: ${loadAtEnd.join(' / ')}. Total time ${((performance.now() - started) / 1000).toFixed(0)} s.`);
process.stdout.write(formatTable(machine, rows, targets, notes));
const resultsFile = path.join(REPO, 'bench', 'results.json');
await writeFile(resultsFile, `${JSON.stringify({ machine: { ...machine, loadAverageAtEnd: loadAtEnd }, runs, rows, targets, notes }, null, 2)}\n`);
log(`wrote ${path.relative(process.cwd(), resultsFile)}`);

function groupOrder(group: string): number {
  return group === 'ref' ? 99 : Number(group);
}
