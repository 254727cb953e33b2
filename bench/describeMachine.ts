import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findBrowser } from '../src/render/pdf/index.ts';
import { REPO } from './repoPaths.ts';

/** The machine and tool versions a set of figures was measured with. */
export interface Machine {
  cpu: string;
  cores: number;
  availableParallelism: number;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string;
  puppeteer: string;
  mdToPdf: string;
  pandoc: string;
  git: string;
  source: string;
  loadAverageAtStart: number[];
}

/** Describes this machine, the tools on it and the source being measured. */
export function describeMachine(): Machine {
  const browser = findBrowser() ?? '(none found)';
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    availableParallelism: os.availableParallelism(),
    memoryGiB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: `${firstLine(browser, ['--version'])} (${browser})`,
    puppeteer: packageVersion('puppeteer'),
    mdToPdf: packageVersion('md-to-pdf'),
    pandoc: firstLine('pandoc', ['--version']),
    git: firstLine('git', ['--version']),
    source: process.env.BENCH_SOURCE ?? describeSource(),
    loadAverageAtStart: os.loadavg().map((n) => Number(n.toFixed(2))),
  };
}

function firstLine(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.split('\n')[0]!.trim() : 'not available';
}

function packageVersion(name: string): string {
  try {
    return JSON.parse(readFileSync(path.join(REPO, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return 'not installed';
  }
}

/** The commit measured, and whether the files a build runs differ from it. */
function describeSource(): string {
  const head = spawnSync('git', ['-C', REPO, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' });
  if (head.status !== 0) return 'unknown (not a git checkout; set BENCH_SOURCE)';
  const dirty = spawnSync('git', ['-C', REPO, 'status', '--porcelain', '--', 'src', 'templates', 'content', 'bin'], { encoding: 'utf8' });
  const changed = dirty.stdout.split('\n').filter(Boolean).length;
  return `${head.stdout.trim()}${changed > 0 ? ` with ${changed} uncommitted changes under src/, templates/, content/, bin/` : ''}`;
}
