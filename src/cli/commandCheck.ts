import { checkProject } from '../build/checkProject.ts';
import { hasErrors } from '../model/message.ts';
import { formatMessages, summariseMessages } from './formatMessages.ts';
import type { CliIo } from './io.ts';

/** `policyforge check`: reports every problem in every policy; exit 1 on any error. */
export async function commandCheck(options: { content: string; templates: string; format: string }, io: CliIo): Promise<number> {
  if (options.format !== 'text' && options.format !== 'json') {
    io.stderr.write(`policyforge: --format must be text or json for check (got "${options.format}").\n`);
    return 2;
  }
  const { messages } = await checkProject(options.content, options.templates);
  if (options.format === 'json') io.stdout.write(`${JSON.stringify(messages, null, 2)}\n`);
  else {
    io.stdout.write(formatMessages(messages));
    io.stdout.write(summariseMessages(messages));
  }
  return hasErrors(messages) ? 1 : 0;
}
