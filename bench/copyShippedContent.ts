import { cp } from 'node:fs/promises';
import path from 'node:path';
import { REPO } from './repoPaths.ts';

/** Copies the shipped content folder (content/ with its schemas and xstek/) to `dest`. */
export async function copyShippedContent(dest: string): Promise<void> {
  await cp(path.join(REPO, 'content'), dest, { recursive: true });
}
