import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { sampleTreeMemory } from './sampleTreeMemory.ts';

/** What a child process did: exit code, output, wall time and memory. */
export interface ChildResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Largest single process's peak RSS, from GNU time (undefined when not measured). */
  maxRssBytes?: number;
  /** Peak summed PSS of the process tree, sampled (undefined when not measured). */
  treePeakBytes?: number;
}

const GNU_TIME = '/usr/bin/time';

/** Runs a command to completion; with `memory`, under GNU time -v and with the process tree sampled. */
export function runChild(command: string, args: readonly string[], options: { cwd?: string; memory?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<ChildResult> {
  const timed = options.memory && existsSync(GNU_TIME);
  const [file, argv] = timed ? [GNU_TIME, ['-v', command, ...args]] : [command, [...args]];
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const stopSampling = options.memory && child.pid ? sampleTreeMemory(child.pid) : undefined;
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => {
      stopSampling?.();
      reject(new Error(`Could not run ${command}: ${error.message}`, { cause: error }));
    });
    child.on('close', (code) => {
      const ms = performance.now() - start;
      const treePeakBytes = stopSampling?.();
      const err = Buffer.concat(stderr).toString('utf8');
      const rss = timed ? /Maximum resident set size \(kbytes\): (\d+)/.exec(err) : null;
      resolve({
        code,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: err,
        ms,
        ...(rss ? { maxRssBytes: Number(rss[1]) * 1024 } : {}),
        ...(treePeakBytes !== undefined ? { treePeakBytes } : {}),
      });
    });
  });
}
