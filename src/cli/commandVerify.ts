import { readContent } from '../load/index.ts';
import { sortMessages } from '../model/message.ts';
import { verifyReleases } from '../release/verifyReleases.ts';
import { formatMessages } from './formatMessages.ts';
import type { CliIo } from './io.ts';

/** `policyforge verify`: recomputes every release hash and checks each chain; exit 1 naming any altered record. */
export async function commandVerify(options: { content: string }, io: CliIo): Promise<number> {
  const content = await readContent(options.content);
  const messages = [...content.messages];
  let count = 0;
  for (const policy of content.policies) {
    // Records that fail their own schema are named by the loader's messages.
    messages.push(...policy.messages.filter((m) => m.file.includes('/releases/') && m.severity === 'error'));
    messages.push(...verifyReleases(policy.id, policy.releases));
    count += policy.releases.length;
  }
  if (messages.length > 0) {
    io.stderr.write(formatMessages(sortMessages(messages)));
    io.stderr.write(`Verification failed: ${messages.length} problem(s) in ${count} release record(s).\n`);
    return 1;
  }
  for (const policy of content.policies) {
    const last = policy.releases.at(-1)?.record;
    io.stdout.write(`${policy.id}: ${policy.releases.length} release(s) verified${last ? `, head ${last.version} ${last.hashes.record}` : ''}\n`);
  }
  return 0;
}
