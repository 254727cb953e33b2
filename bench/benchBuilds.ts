import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runBuild } from '../src/build/runBuild.ts';
import { copyShippedContent } from './copyShippedContent.ts';
import { CLI, TEMPLATES } from './repoPaths.ts';
import type { Row } from './Row.ts';
import { runBuildCli, TODAY } from './runBuildCli.ts';
import { runChild } from './runChild.ts';
import { timeRuns } from './timeRuns.ts';
import { toRow } from './toRow.ts';

/** The one-word edit of the draft: a single word of the intro's second paragraph. */
const EDIT = { from: 'We understand and appreciate the fact', to: 'We understand and value the fact' };

/** Rows 1 and 2: cold full builds (CLI and in-process), the no-op rebuild and the one-word edit; and start-up references. */
export async function benchBuilds(work: string, runs: number): Promise<{ rows: Row[]; editPrinted: number[]; noopPrinted: number[] }> {
  const content = path.join(work, 'content');
  await copyShippedContent(content);
  const edited = path.join(work, 'content-edited');
  await copyShippedContent(edited);
  const policyFile = path.join(edited, 'xstek', 'policy.yaml');
  const yaml = await readFile(policyFile, 'utf8');
  if (!yaml.includes(EDIT.from)) throw new Error(`benchBuilds: the Xstek draft no longer contains "${EDIT.from}"; pick another word to edit.`);
  await writeFile(policyFile, yaml.replace(EDIT.from, EDIT.to));

  const fresh = () => mkdtemp(path.join(work, 'out-'));
  // The CLI may compile itself on first use (bin/policyforge.js); that one-off is not part of any figure.
  await runChild(process.execPath, [CLI, 'help']);
  let out = '';
  const cold = await timeRuns(runs, {
    cli: {
      prepare: async () => void (out = await fresh()),
      run: () => runBuildCli(content, out),
      check: (r: Awaited<ReturnType<typeof runBuildCli>>) => expectPrinted(r.build.printed, 3, 'cold CLI build'),
    },
    inProcess: {
      prepare: async () => void (out = await fresh()),
      run: () => runBuild({ contentDir: content, templatesDir: TEMPLATES, outDir: out, today: TODAY, pdf: true }),
      check: (r: Awaited<ReturnType<typeof runBuild>>) => {
        if (!r.ok) throw new Error(`in-process build failed: ${r.messages.filter((m) => m.severity === 'error').map((m) => m.message).join('; ')}`);
        expectPrinted(r.printed, 3, 'cold in-process build');
      },
    },
  });

  // The baseline every rebuild starts from: a full build of the unedited content.
  const baseline = await fresh();
  await runBuildCli(content, baseline);
  const noopPrinted: number[] = [];
  const editPrinted: number[] = [];
  const noopSelf: number[] = [];
  const editSelf: number[] = [];
  const editReused: number[] = [];
  const noopUpToDate: boolean[] = [];
  let editOut = '';
  const rebuilds = await timeRuns(runs, {
    noop: {
      run: () => runBuildCli(content, baseline),
      check: (r: Awaited<ReturnType<typeof runBuildCli>>) => {
        noopPrinted.push(r.build.printed);
        noopUpToDate.push(r.build.upToDate);
        noopSelf.push(r.build.seconds * 1000);
      },
    },
    noopInProcess: {
      run: () => runBuild({ contentDir: content, templatesDir: TEMPLATES, outDir: baseline, today: TODAY, pdf: true }),
      check: (r: Awaited<ReturnType<typeof runBuild>>) => expectPrinted(r.printed, 0, 'in-process no-op rebuild'),
    },
    edit: {
      prepare: async () => {
        editOut = await fresh();
        await rm(editOut, { recursive: true });
        await cp(baseline, editOut, { recursive: true });
      },
      run: () => runBuildCli(edited, editOut),
      check: (r: Awaited<ReturnType<typeof runBuildCli>>) => {
        editPrinted.push(r.build.printed);
        editReused.push(r.build.reused);
        editSelf.push(r.build.seconds * 1000);
      },
    },
  });

  // Where the no-op time goes: process and module start-up, for reference.
  const startup = await timeRuns(runs, {
    node: { run: () => runChild(process.execPath, ['-e', '0']) },
    tsx: { run: () => runChild(process.execPath, ['--import', 'tsx', '-e', '0']) },
    cliHelp: { run: () => runChild(process.execPath, [CLI, 'help']) },
  });
  const rows = [
    toRow('1', 'cold-cli', 'Cold full build, CLI child process (3 PDFs, 22 files)', cold.cli),
    toRow('1', 'cold-in-process', 'Cold full build, in-process runBuild', cold.inProcess),
    toRow('2', 'noop-cli', 'No-op rebuild, CLI child process', rebuilds.noop, { note: `PDFs printed per run: ${noopPrinted.join(', ')}${noopUpToDate.every(Boolean) ? ' (CLI said "Up to date")' : ''}` }),
    toRow('2', 'noop-cli-self', '  of which the build itself, as the CLI reports it', noopSelf),
    toRow('2', 'noop-in-process', 'No-op rebuild, in-process runBuild', rebuilds.noopInProcess),
    toRow('2', 'edit-cli', 'Rebuild after a one-word edit of the draft, CLI', rebuilds.edit, { note: `PDFs printed / reused per run: ${editPrinted.map((n, i) => `${n}/${editReused[i]}`).join(', ')}` }),
    toRow('2', 'edit-cli-self', '  of which the build itself, as the CLI reports it', editSelf),
    toRow('ref', 'startup-node', 'Start-up: node -e 0', startup.node),
    toRow('ref', 'startup-tsx', 'Start-up: node --import tsx -e 0', startup.tsx),
    toRow('ref', 'startup-cli', 'Start-up: node bin/policyforge.js help (CLI start-up, no work)', startup.cliHelp),
  ];
  return { rows, editPrinted, noopPrinted };
}

function expectPrinted(actual: number, expected: number, what: string): void {
  if (actual !== expected) throw new Error(`${what}: printed ${actual} PDFs, expected ${expected}.`);
}
