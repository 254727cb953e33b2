import path from 'node:path';
import { checkProject } from '../build/checkProject.ts';
import { composeNotice } from '../compose/composeNotice.ts';
import { proseTexts } from '../load/proseTexts.ts';
import { hasErrors } from '../model/message.ts';
import type { Policy } from '../model/schema.ts';
import { applyRelease } from '../release/applyRelease.ts';
import { planRelease } from '../release/planRelease.ts';
import { releaseGate } from '../release/releaseGate.ts';
import { formatMessages } from './formatMessages.ts';
import type { CliIo } from './io.ts';

/** `policyforge release <policy>`: freezes the draft into a new release record and consumes the change notes. */
export async function commandRelease(
  options: { policy: string; content: string; templates: string; issued: string; effective?: string; version?: string },
  io: CliIo,
): Promise<number> {
  const { messages, policies, templates } = await checkProject(options.content, options.templates, options.policy);
  const loaded = policies.find((p) => p.id === options.policy);
  if (hasErrors(messages) || !loaded?.policy || !templates) {
    io.stderr.write(formatMessages(messages.filter((m) => m.severity === 'error')));
    io.stderr.write('Release refused: fix the errors above first.\n');
    return 1;
  }
  const notice = templates.notice.get(loaded.id)!;
  const prose = proseTexts(loaded);
  const policy = loaded.policy;
  const compose = (version: Parameters<typeof composeNotice>[2]) => {
    const composed = composeNotice(policy, prose, version, notice);
    if (composed.markdown === undefined) throw new Error(`Composing ${loaded.id} failed after a clean check: ${composed.messages.map((m) => m.message).join('; ')}`);
    return composed.markdown;
  };
  const request = { issued: options.issued, ...(options.effective ? { effective: options.effective } : {}), ...(options.version ? { version: options.version } : {}) };
  const gate = releaseGate(loaded.config.noticePeriodDays, loaded.changeNotes, path.join(loaded.dir, 'changes'));
  const { plan, messages: refusals } = planRelease(loaded as typeof loaded & { policy: Policy }, request, compose, gate);
  if (!plan) {
    io.stderr.write(formatMessages(refusals));
    io.stderr.write('Release refused.\n');
    return 1;
  }
  const touched = await applyRelease(plan);
  io.stdout.write(`Released ${loaded.id} ${plan.record.version} (${plan.record.tier}), issued ${plan.record.issued}, effective ${plan.record.effective}.\n`);
  io.stdout.write(`record ${plan.record.hashes.record}\n`);
  for (const file of touched) io.stdout.write(`${file === plan.write.path ? 'wrote' : 'removed'} ${file}\n`);
  return 0;
}
