import { CLI, TEMPLATES } from './repoPaths.ts';
import { runChild, type ChildResult } from './runChild.ts';

/** The benchmark's fixed "today": after every generated and shipped release took effect. */
export const TODAY = '2026-12-01';

/** What `policyforge build` reported on its last line. */
export interface BuildSummary {
  printed: number;
  reused: number;
  /** The build's own time, as the CLI prints it (excludes node and module start-up). */
  seconds: number;
  /** The CLI said "Up to date" and did no work. */
  upToDate: boolean;
}

/** Runs `node bin/policyforge.js build` as a child process; throws with its stderr when it fails. */
export async function runBuildCli(contentDir: string, outDir: string, options: { memory?: boolean } = {}): Promise<ChildResult & { build: BuildSummary }> {
  const result = await runChild(process.execPath, [CLI, 'build', '--content', contentDir, '--templates', TEMPLATES, '--out', outDir, '--today', TODAY], options);
  const built = /\((\d+) PDF printed, (\d+) reused\) in ([\d.]+) s\./.exec(result.stdout);
  const upToDate = /^Up to date\b.*\(([\d.]+) s\)/m.exec(result.stdout);
  if (result.code !== 0 || (!built && !upToDate)) {
    const errors = result.stderr.split('\n').filter((line) => / error /.test(line)).slice(0, 5).join('\n');
    throw new Error(`policyforge build --content ${contentDir} exited with ${result.code}:\n${errors || result.stderr.slice(-2000) || result.stdout.slice(-500)}`);
  }
  const build = built
    ? { printed: Number(built[1]), reused: Number(built[2]), seconds: Number(built[3]), upToDate: false }
    : { printed: 0, reused: 0, seconds: Number(upToDate![1]), upToDate: true };
  return { ...result, build };
}
