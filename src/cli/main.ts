import { parseArgs } from 'node:util';
import { todayUtc, type CliIo } from './io.ts';

const USAGE = `Usage: policyforge <command> [options]

Commands:
  check    [--content DIR] [--format text|json]      check every policy
  build    [--content DIR] [--out DIR] [--today YYYY-MM-DD] [--no-pdf] [--policy ID]
                                                     build every release and the draft
  release  <policy> --issued YYYY-MM-DD [--effective YYYY-MM-DD] [--version ID]
                                                     freeze the draft into a release
  verify   [--content DIR] [--head POLICY=HASH ...]  verify every release chain (and its newest record)
  diff     <policy> <from> <to> [--format text|md|html|json]
                                                     compare two versions (ids or "draft")
  notify   <policy> <version> --webhook URL [--secret-env NAME]
                                                     POST a release's notification, signed with the
                                                     secret in $NAME (default POLICYFORGE_WEBHOOK_SECRET)

Common options: --content DIR (default content), --templates DIR (default templates)
`;

/**
 * Runs the CLI with the given arguments; returns the exit code. Nothing runs at import time,
 * and each command's modules load only when it runs, so a no-op build starts fast.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        content: { type: 'string', default: 'content' },
        templates: { type: 'string', default: 'templates' },
        out: { type: 'string', default: 'dist' },
        format: { type: 'string', default: 'text' },
        today: { type: 'string' },
        'no-pdf': { type: 'boolean', default: false },
        policy: { type: 'string' },
        issued: { type: 'string' },
        effective: { type: 'string' },
        version: { type: 'string' },
        webhook: { type: 'string' },
        'secret-env': { type: 'string' },
        head: { type: 'string', multiple: true },
      },
    });
  } catch (error) {
    io.stderr.write(`policyforge: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const common = { content: values.content!, templates: values.templates! };
  switch (command) {
    case 'check':
      return (await import('./commandCheck.ts')).commandCheck({ ...common, format: values.format! }, io);
    case 'build':
      return (await import('./commandBuild.ts')).commandBuild({ ...common, out: values.out!, today: values.today ?? todayUtc(io.env), pdf: !values['no-pdf'], ...(values.policy ? { policy: values.policy } : {}) }, io);
    case 'release': {
      const [policy] = positionals;
      if (!policy || !values.issued) return usage(io, 'release needs a policy and --issued YYYY-MM-DD');
      return (await import('./commandRelease.ts')).commandRelease({ ...common, policy, issued: values.issued, ...(values.effective ? { effective: values.effective } : {}), ...(values.version ? { version: values.version } : {}) }, io);
    }
    case 'verify':
      return (await import('./commandVerify.ts')).commandVerify({ ...common, ...(values.head ? { heads: values.head } : {}) }, io);
    case 'diff': {
      const [policy, from, to] = positionals;
      if (!policy || !from || !to) return usage(io, 'diff needs a policy and two versions (ids or "draft")');
      return (await import('./commandDiff.ts')).commandDiff({ ...common, policy, from, to, format: values.format! }, io);
    }
    case 'notify': {
      const [policy, version] = positionals;
      if (!policy || !version || !values.webhook) return usage(io, 'notify needs a policy, a version and --webhook URL');
      return (await import('./commandNotify.ts')).commandNotify({ ...common, policy, version, webhook: values.webhook, secretEnv: values['secret-env'] ?? 'POLICYFORGE_WEBHOOK_SECRET', pdf: !values['no-pdf'] }, io);
    }
    case undefined:
    case 'help':
    case '--help':
      io.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    default:
      return usage(io, `unknown command "${command}"`);
  }
}

function usage(io: CliIo, problem: string): number {
  io.stderr.write(`policyforge: ${problem}\n\n${USAGE}`);
  return 2;
}
