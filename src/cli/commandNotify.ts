import { createHash } from 'node:crypto';
import { checkProject } from '../build/checkProject.ts';
import { hasErrors } from '../model/message.ts';
import { buildNotification, needsNotification, sendWebhook } from '../notify/index.ts';
import { canonicalJson } from '../release/canonicalJson.ts';
import { formatMessages } from './formatMessages.ts';
import type { CliIo } from './io.ts';

/** `policyforge notify <policy> <version> --webhook URL`: POSTs a release's notification, signed, with retries and a stable idempotency key. */
export async function commandNotify(
  options: { policy: string; version: string; webhook: string; secretEnv: string; content: string; templates: string; pdf: boolean },
  io: CliIo,
  send: typeof sendWebhook = sendWebhook,
): Promise<number> {
  const { messages, policies } = await checkProject(options.content, options.templates, options.policy);
  const loaded = policies.find((p) => p.id === options.policy);
  if (hasErrors(messages) || !loaded) {
    io.stderr.write(formatMessages(messages.filter((m) => m.severity === 'error')));
    return 1;
  }
  const records = loaded.releases.flatMap((r) => (r.record ? [r.record] : []));
  const index = records.findIndex((r) => r.version === options.version);
  if (index < 0) {
    io.stderr.write(`policyforge: no release "${options.version}" of ${loaded.id}; releases: ${records.map((r) => r.version).join(', ') || 'none'}.\n`);
    return 1;
  }
  const record = records[index]!;
  const previous = records[index - 1];
  if (!needsNotification(record, previous)) {
    io.stderr.write(`policyforge: release ${record.version} is ${previous ? record.tier : 'the first release'}; only material and fundamental changes are notified.\n`);
    return 1;
  }
  const secret = io.env[options.secretEnv];
  if (secret === undefined || secret === '') {
    io.stderr.write(`policyforge: the environment variable ${options.secretEnv} holding the webhook secret is not set; set it, or pass --secret-env NAME.\n`);
    return 1;
  }
  const notification = buildNotification(loaded.config.name ?? record.data.title, record, previous, { pdf: options.pdf });
  const body = canonicalJson(notification);
  const result = await send({ url: options.webhook, body, secret, idempotencyKey: notification.id });
  const digest = createHash('sha256').update(body).digest('hex').slice(0, 16);
  if (result.ok) {
    io.stdout.write(`Sent ${loaded.id} ${record.version} (${record.tier}) to ${options.webhook}: HTTP ${result.status} after ${result.attempts} attempt(s); key ${notification.id}; body sha256 ${digest}.\n`);
    return 0;
  }
  io.stderr.write(`policyforge: gave up after ${result.attempts} attempt(s): ${result.status ? `HTTP ${result.status}` : ''}${result.error ? ` ${result.error}` : ''}\n`);
  return 1;
}
