import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { planBuild } from '../src/build/planBuild.ts';
import { launchBrowser, printPdfs } from '../src/render/pdf/index.ts';
import { stampPdf } from '../src/render/pdf/stampPdf.ts';
import type { NoticeSet } from './loadNoticeSet.ts';
import { inlineAssets, rawPdf } from './rawPdf.ts';
import { REPO } from './repoPaths.ts';
import type { Row } from './Row.ts';
import { TODAY } from './runBuildCli.ts';
import { runChild } from './runChild.ts';
import { timeRuns } from './timeRuns.ts';
import { toRow } from './toRow.ts';

/** The launch arguments md-to-pdf gets: the same as the build's own, minus its network lock-down. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const MD_TO_PDF = path.join(REPO, 'node_modules', 'md-to-pdf', 'dist', 'cli.js');
const PER_POLICY = 5; // versions per generated policy

/** Row 4: per-document print cost against the raw floor, on one warm browser. */
export async function benchPdfFloor(set: NoticeSet, runs: number, count = 10): Promise<Row[]> {
  const docs = set.jobs.slice(0, count).map((job) => job.document);
  const inlined = docs.map(inlineAssets);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const raw: Uint8Array[] = [];
    const times = await timeRuns(
      runs,
      {
        raw: { run: async () => { raw.length = 0; for (const [i, doc] of docs.entries()) raw.push(await rawPdf(page, inlined[i]!, doc.paper)); } },
        ours: { run: () => printPdfs(browser, docs, { concurrency: 1 }) },
        oursPool: { run: () => printPdfs(browser, docs) },
      },
      1,
    );
    await page.close();
    // How much of the difference is the pdf-lib rewrite that follows page.pdf.
    const stamp: number[] = [];
    for (let r = 0; r < runs; r++) {
      const start = performance.now();
      for (const [i, doc] of docs.entries()) await stampPdf(raw[i]!, { title: doc.title, lang: doc.lang, fixedDate: doc.fixedDate, paper: doc.paper });
      stamp.push(performance.now() - start);
    }
    const perDoc = (samples: number[]) => samples.map((ms) => ms / docs.length);
    return [
      toRow('4', 'pdf-raw', `PDF per document, raw floor: setContent + page.pdf, warm page (${count} notices)`, perDoc(times.raw)),
      toRow('4', 'pdf-ours', 'PDF per document, our printPdfs, one page (concurrency 1)', perDoc(times.ours)),
      toRow('4', 'pdf-ours-pool', `PDF per document, our printPdfs, default pool (${Math.min(count, availableParallelism())} pages)`, perDoc(times.oursPool)),
      toRow('ref', 'pdf-stamp', '  of ours: pdf-lib stamping (stampPdf) per document', perDoc(stamp)),
    ];
  } finally {
    await browser.close();
  }
}

/** Row 5 (PDF): the same notices through md-to-pdf's CLI (one process, one browser) and through our renderer and printPdfs. */
export async function benchMdToPdf(set: NoticeSet, work: string, runs: number, count: number): Promise<{ rows: Row[]; failures: string[] }> {
  const dir = path.join(work, `md-to-pdf-${count}`);
  await mkdir(dir, { recursive: true });
  const files = set.markdown.slice(0, count).map((_, i) => `notice-${String(i + 1).padStart(2, '0')}.md`);
  for (const [i, name] of files.entries()) await writeFile(path.join(dir, name), set.markdown[i]!);
  await writeFile(path.join(dir, 'config.json'), JSON.stringify({ launch_options: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS }, pdf_options: { format: 'A4' } }));
  const failures: string[] = [];
  const succeeded: number[] = [];
  const policies = set.policies.slice(0, Math.ceil(count / PER_POLICY));
  const outDir = path.join(work, `ours-${count}`);
  const split = { plan: [] as number[], launch: [] as number[], print: [] as number[] };
  const times = await timeRuns(runs, {
    mdToPdf: {
      prepare: async () => {
        for (const name of await readdir(dir)) if (name.endsWith('.pdf')) await rm(path.join(dir, name));
      },
      run: () => runChild(process.execPath, [MD_TO_PDF, '--config-file', path.join(dir, 'config.json'), ...files], { cwd: dir }),
      check: async (r: Awaited<ReturnType<typeof runChild>>, index: number) => {
        const made = (await readdir(dir)).filter((name) => name.endsWith('.pdf')).length;
        if (r.code !== 0 || made !== count) failures.push(`run ${index + 1}: exit ${r.code}, ${made}/${count} PDFs`);
        else succeeded.push(index);
      },
    },
    ours: {
      prepare: async () => {
        await rm(outDir, { recursive: true, force: true });
        await mkdir(outDir, { recursive: true });
      },
      // Markdown to HTML (planBuild renders every format, more than md-to-pdf does), then one browser for all.
      run: async () => {
        const t0 = performance.now();
        const docs = planBuild(policies, set.templates, { today: TODAY, pdf: true }).pdfs.slice(0, count).map((job) => job.document);
        const t1 = performance.now();
        const browser = await launchBrowser();
        const t2 = performance.now();
        try {
          const pdfs = await printPdfs(browser, docs);
          for (const [i, bytes] of [...pdfs.values()].entries()) await writeFile(path.join(outDir, `notice-${i + 1}.pdf`), bytes);
        } finally {
          await browser.close();
        }
        split.plan.push(t1 - t0);
        split.launch.push(t2 - t1);
        split.print.push(performance.now() - t2);
      },
    },
  });
  const note = failures.length > 0 ? `md-to-pdf failures: ${failures.join('; ')}` : 'md-to-pdf made every PDF in every run';
  return {
    rows: [
      toRow('5', `mdtopdf-${count}`, `${count} notices to PDF: md-to-pdf CLI (one process, one browser, all files at once)`, times.mdToPdf, { note }),
      // A failed run times out or stops early, so its time says little; the targets use the runs that made every PDF.
      ...(failures.length > 0 && succeeded.length > 0
        ? [toRow('5', `mdtopdf-${count}-ok`, `  md-to-pdf, only the runs that made all ${count} PDFs`, succeeded.map((i) => times.mdToPdf[i]!))]
        : []),
      toRow('5', `ours-pdf-${count}`, `${count} notices to PDF: our Markdown->HTML + printPdfs, one browser (launch included)`, times.ours),
      toRow('ref', `ours-pdf-${count}-plan`, `  of ours on ${count}: planBuild (Markdown to HTML, every format)`, split.plan),
      toRow('ref', `ours-pdf-${count}-launch`, `  of ours on ${count}: launchBrowser`, split.launch),
      toRow('ref', `ours-pdf-${count}-print`, `  of ours on ${count}: printPdfs, write and close`, split.print),
    ],
    failures,
  };
}
