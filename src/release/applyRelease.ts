import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ReleasePlan } from './planRelease.ts';

/** Writes a planned release record (temp file, then rename) and removes the change notes it consumed; returns the paths touched. */
export async function applyRelease(plan: ReleasePlan): Promise<string[]> {
  await mkdir(path.dirname(plan.write.path), { recursive: true });
  const temp = `${plan.write.path}.tmp-${process.pid}`;
  await writeFile(temp, plan.write.content, { flag: 'wx' });
  await rename(temp, plan.write.path);
  for (const file of plan.remove) await rm(file, { force: true });
  return [plan.write.path, ...plan.remove];
}
