import { mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { LARGE_POLICIES, RELEASES_PER_POLICY, SMALL_POLICIES, type ScaleSets } from './prepareScaleSets.ts';
import type { Row } from './Row.ts';
import { runBuildCli } from './runBuildCli.ts';
import { timeRuns } from './timeRuns.ts';
import { toRow } from './toRow.ts';

const MiB = 1024 * 1024;

/** Row 3: full CLI builds of the 50- and 200-version sets, fresh output each run, with wall time and peak memory. */
export async function benchScale(sets: ScaleSets, work: string, runs: number): Promise<Row[]> {
  const versions = (policies: number) => policies * (RELEASES_PER_POLICY + 1);
  const memory = { small: { tree: [] as number[], largest: [] as number[] }, large: { tree: [] as number[], largest: [] as number[] } };
  const step = (content: string, count: number, into: { tree: number[]; largest: number[] }) => {
    let out = '';
    return {
      prepare: async () => void (out = await mkdtemp(path.join(work, `scale-out-${count}-`))),
      run: () => runBuildCli(content, out, { memory: true }),
      check: (r: Awaited<ReturnType<typeof runBuildCli>>) => {
        if (r.build.printed !== count) throw new Error(`The build of ${count} versions printed ${r.build.printed} PDFs.`);
        into.tree.push((r.treePeakBytes ?? 0) / MiB);
        into.largest.push((r.maxRssBytes ?? 0) / MiB);
      },
    };
  };
  const small = versions(SMALL_POLICIES);
  const large = versions(LARGE_POLICIES);
  const times = await timeRuns(runs, { small: step(sets.small, small, memory.small), large: step(sets.large, large, memory.large) });
  const mem = { unit: 'MiB' as const };
  return [
    toRow('3', 'scale-50-time', `Full build, ${small} versions (${SMALL_POLICIES} policies x ${RELEASES_PER_POLICY} releases + draft), CLI`, times.small),
    toRow('3', 'scale-200-time', `Full build, ${large} versions (${LARGE_POLICIES} policies x ${RELEASES_PER_POLICY} releases + draft), CLI`, times.large),
    toRow('3', 'scale-50-tree', `Peak memory, ${small} versions: node + Chromium processes, summed PSS`, memory.small.tree, mem),
    toRow('3', 'scale-200-tree', `Peak memory, ${large} versions: node + Chromium processes, summed PSS`, memory.large.tree, mem),
    toRow('3', 'scale-50-rss', `Peak RSS, ${small} versions: largest single process (GNU time -v)`, memory.small.largest, mem),
    toRow('3', 'scale-200-rss', `Peak RSS, ${large} versions: largest single process (GNU time -v)`, memory.large.largest, mem),
  ];
}
