
// Part of every output digest: a new tool version re-renders, recorded as a technical change.
import pkg from '../../package.json' with { type: 'json' };

/** This tool's version, from package.json. */
export const TOOL_VERSION: string = pkg.version;
