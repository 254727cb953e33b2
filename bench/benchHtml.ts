import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderHtml } from '../src/render/html/renderHtml.ts';
import type { NoticeSet } from './loadNoticeSet.ts';
import { REPO, TEMPLATES } from './repoPaths.ts';
import type { Row } from './Row.ts';
import { runChild } from './runChild.ts';
import { timeRuns, type TimedRun } from './timeRuns.ts';
import { toRow } from './toRow.ts';

const PANDOC = '/usr/bin/pandoc';

/** Row 5 (HTML): the notices to standalone HTML through pandoc, one process each, and through our renderer, one process for all. */
export async function benchHtml(set: NoticeSet, work: string, runs: number, count = 50): Promise<{ rows: Row[]; skipped?: string }> {
  const inDir = path.join(work, `html-in-${count}`);
  const outDir = path.join(work, `html-out-${count}`);
  await mkdir(inDir, { recursive: true });
  const names = set.markdown.slice(0, count).map((_, i) => `notice-${String(i + 1).padStart(2, '0')}.md`);
  for (const [i, name] of names.entries()) await writeFile(path.join(inDir, name), set.markdown[i]!);
  const fresh = async () => {
    await rm(outDir, { recursive: true, force: true });
    await mkdir(outDir, { recursive: true });
  };
  const steps = {
    oursProcess: {
      prepare: fresh,
      run: () => runChild(process.execPath, ['--import', 'tsx', path.join(REPO, 'bench', 'renderNoticesMain.ts'), inDir, outDir, TEMPLATES]),
      check: (r: Awaited<ReturnType<typeof runChild>>) => {
        if (r.code !== 0 || r.stdout.trim() !== String(count)) throw new Error(`renderNoticesMain failed (${r.code}): ${r.stderr.slice(-1000)}`);
      },
    },
    oursInProcess: {
      run: () => {
        for (const markdown of set.markdown.slice(0, count)) renderHtml({ markdown, lang: 'en-GB', policyName: 'Privacy notice', version: { id: 'bench', draft: false }, css: set.templates.css }, set.templates.html);
      },
    },
  };
  const havePandoc = existsSync(PANDOC);
  const pandoc = {
    prepare: fresh,
    run: async () => {
      for (const name of names) {
        const r = await runChild(PANDOC, ['-f', 'gfm', '-t', 'html5', '-s', '--metadata', 'pagetitle=Privacy notice', '-o', path.join(outDir, name.replace(/\.md$/, '.html')), path.join(inDir, name)]);
        if (r.code !== 0) throw new Error(`pandoc failed on ${name}: ${r.stderr}`);
      }
    },
  };
  const all: Record<string, TimedRun<any>> = havePandoc ? { pandoc, ...steps } : steps;
  const times = await timeRuns(runs, all, 1);
  const rows = [
    ...(havePandoc ? [toRow('5', `pandoc-html-${count}`, `${count} notices to HTML: pandoc -f gfm -s, one process per notice`, times['pandoc']!)] : []),
    toRow('5', `ours-html-${count}`, `${count} notices to HTML: our renderer, one process for all (start-up included)`, times['oursProcess']!),
    toRow('5', `ours-html-${count}-in-process`, `${count} notices to HTML: our renderHtml, in-process, warm`, times['oursInProcess']!),
  ];
  return havePandoc ? { rows } : { rows, skipped: `pandoc not found at ${PANDOC}; the pandoc comparison was skipped (apt-get install pandoc).` };
}
