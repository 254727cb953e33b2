import { readdirSync, readFileSync } from 'node:fs';

/**
 * Polls /proc for the summed PSS of a process and all its descendants (node plus Chromium's
 * processes), keeping the peak. PSS, not RSS, so pages Chromium's processes share count once.
 * Returns a function that stops polling and gives the peak in bytes (0 where /proc is absent).
 */
export function sampleTreeMemory(rootPid: number, intervalMs = 150): () => number {
  let peak = 0;
  const sample = () => {
    const total = descendants(rootPid).reduce((sum, pid) => sum + pssBytes(pid), 0);
    peak = Math.max(peak, total);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return () => {
    clearInterval(timer);
    sample();
    return peak;
  };
}

function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  for (const name of entries) {
    const stat = readOrEmpty(`/proc/${name}/stat`);
    // Field 4 (ppid) follows the command name, which is in parentheses and may contain spaces.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!Number.isFinite(ppid)) continue;
    const list = children.get(ppid) ?? [];
    list.push(Number(name));
    children.set(ppid, list);
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

function pssBytes(pid: number): number {
  const match = /^Pss:\s+(\d+) kB/m.exec(readOrEmpty(`/proc/${pid}/smaps_rollup`));
  return match ? Number(match[1]) * 1024 : 0;
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
