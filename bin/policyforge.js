#!/usr/bin/env node
// The policyforge command. The TypeScript sources are compiled into .build/ on first
// use and whenever they change (bin/compileCli.js), so this works straight after `npm ci`.
import { compileCli } from './compileCli.js';

const { main } = await import(await compileCli());
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
