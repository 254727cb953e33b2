import { performance } from 'node:perf_hooks';
import { runBuild } from '../build/runBuild.ts';
import { BrowserNotFoundError } from '../render/pdf/BrowserNotFoundError.ts';
import { formatMessages, summariseMessages } from './formatMessages.ts';
import type { CliIo } from './io.ts';

/** `policyforge build`: checks, then writes every notice of every policy to the output folder. */
export async function commandBuild(
  options: { content: string; templates: string; out: string; today: string; pdf: boolean; policy?: string },
  io: CliIo,
): Promise<number> {
  const started = performance.now();
  let result;
  try {
    result = await runBuild({ contentDir: options.content, templatesDir: options.templates, outDir: options.out, today: options.today, pdf: options.pdf, ...(options.policy ? { policy: options.policy } : {}) });
  } catch (error) {
    if (error instanceof BrowserNotFoundError) {
      io.stderr.write(`policyforge: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const problems = result.messages.filter((m) => m.severity !== 'info');
  if (problems.length > 0) io.stderr.write(formatMessages(problems));
  if (!result.ok) {
    io.stderr.write(summariseMessages(result.messages));
    io.stderr.write(`Nothing written to ${options.out}.\n`);
    return 1;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (result.upToDate) {
    io.stdout.write(`Up to date: nothing changed since the last build; ${result.unchanged?.length ?? 0} files in ${options.out} kept (${seconds} s).\n`);
    return 0;
  }
  for (const file of result.written) io.stdout.write(`wrote ${options.out}/${file}\n`);
  io.stdout.write(`Built ${result.written.length + (result.unchanged?.length ?? 0)} files: ${result.written.length} written, ${result.unchanged?.length ?? 0} unchanged (${result.printed} PDF printed, ${result.reused} reused) in ${seconds} s.\n`);
  return 0;
}
