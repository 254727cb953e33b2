import { readFileSync } from 'node:fs';

// Part of every output digest: a new tool version re-renders, recorded as a technical change.
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** This tool's version, from package.json. */
export const TOOL_VERSION: string = pkg.version;
