import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whatever the working directory. */
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The CLI the benchmarks run as a child process. */
export const CLI = path.join(REPO, 'bin', 'policyforge.js');
/** The shipped templates. */
export const TEMPLATES = path.join(REPO, 'templates');
