import { cp, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateScaleSet } from './generateScaleSet.ts';

/** Shape of the scale sets: every policy has this many releases plus its draft. */
export const RELEASES_PER_POLICY = 4;
/** Policies in the small (50-version) and large (200-version) sets. */
export const SMALL_POLICIES = 10;
export const LARGE_POLICIES = 40;

/** The generated content folders and how long generating them took (kept out of every measurement). */
export interface ScaleSets {
  small: string;
  large: string;
  generationMs: number;
}

/** Generates the 200-version set, and the 50-version set as its first ten policies, releases and all. */
export async function prepareScaleSets(work: string): Promise<ScaleSets> {
  const started = performance.now();
  const large = await generateScaleSet(path.join(work, 'scale-200'), LARGE_POLICIES, RELEASES_PER_POLICY);
  const small = path.join(work, 'scale-50', 'content');
  await mkdir(small, { recursive: true });
  for (const name of ['policy.schema.json', 'config.schema.json']) await cp(path.join(large, name), path.join(small, name));
  for (let p = 1; p <= SMALL_POLICIES; p++) {
    const id = `policy-${String(p).padStart(2, '0')}`;
    await cp(path.join(large, id), path.join(small, id), { recursive: true });
  }
  return { small, large, generationMs: performance.now() - started };
}
