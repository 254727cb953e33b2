import { readContent } from '../load/index.ts';
import { createMessage, sortMessages } from '../model/message.ts';
import { verifyReleases } from '../release/verifyReleases.ts';
import { formatMessages } from './formatMessages.ts';
import type { CliIo } from './io.ts';

/** `policyforge verify`: recomputes every release hash and checks each chain; exit 1 naming any altered record. */
export async function commandVerify(options: { content: string; heads?: string[] }, io: CliIo): Promise<number> {
  const content = await readContent(options.content);
  const messages = [...content.messages];
  // The chain proves each record against the one before; only a head hash kept elsewhere
  // (a git tag, a published manifest) proves the newest record was not rewritten with it.
  const heads = new Map<string, string>();
  for (const head of options.heads ?? []) {
    const [policy, hash] = head.split('=');
    if (!policy || !hash) {
      io.stderr.write(`policyforge: --head takes POLICY=sha256:HASH (got "${head}").\n`);
      return 2;
    }
    heads.set(policy, hash);
  }
  let count = 0;
  for (const policy of content.policies) {
    // Records that fail their own schema are named by the loader's messages.
    messages.push(...policy.messages.filter((m) => m.file.includes('/releases/') && m.severity === 'error'));
    messages.push(...verifyReleases(policy.id, policy.releases));
    count += policy.releases.length;
    const expected = heads.get(policy.id);
    const last = policy.releases.at(-1);
    if (expected && last?.raw?.hashes.record !== expected) {
      messages.push(
        createMessage(last?.file ?? policy.dir, undefined, 'error', 'release-head-mismatch', `The newest release of ${policy.id} is ${last?.raw?.version ?? 'missing'} with record hash ${last?.raw?.hashes.record ?? 'none'}, not the expected head ${expected}.`, 'A release was added, removed or rewritten since that head was recorded.'),
      );
    }
  }
  for (const policy of heads.keys()) {
    if (!content.policies.some((p) => p.id === policy)) messages.push(createMessage(options.content, undefined, 'error', 'policy-missing', `--head names policy "${policy}", which is not in ${options.content}.`));
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
