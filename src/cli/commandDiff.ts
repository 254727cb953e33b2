import { checkProject } from '../build/checkProject.ts';
import { listVersions } from '../build/listVersions.ts';
import { renderChanges } from '../diff/renderChanges.ts';
import { hasErrors } from '../model/message.ts';
import type { Policy } from '../model/schema.ts';
import { formatMessages } from './formatMessages.ts';
import type { CliIo } from './io.ts';

const FORMATS = ['text', 'md', 'html', 'json'] as const;

/** `policyforge diff <policy> <from> <to>`: field-level findings and the word-level redline between two versions ("draft" for the draft). */
export async function commandDiff(
  options: { policy: string; from: string; to: string; format: string; content: string; templates: string },
  io: CliIo,
): Promise<number> {
  if (!(FORMATS as readonly string[]).includes(options.format)) {
    io.stderr.write(`policyforge: --format must be one of ${FORMATS.join(', ')}.\n`);
    return 2;
  }
  const { messages, policies, templates } = await checkProject(options.content, options.templates, options.policy);
  const loaded = policies.find((p) => p.id === options.policy);
  if (hasErrors(messages) || !loaded?.policy || !templates) {
    io.stderr.write(formatMessages(messages.filter((m) => m.severity === 'error')));
    return 1;
  }
  const { versions } = listVersions(loaded as typeof loaded & { policy: Policy }, templates.notice.get(loaded.id)!);
  const find = (id: string) => versions.find((v) => v.info.id === id);
  const from = find(options.from);
  const to = find(options.to);
  if (!from || !to) {
    const missing = !from ? options.from : options.to;
    io.stderr.write(`policyforge: no version "${missing}" of ${loaded.id}; versions: ${versions.map((v) => v.info.id).join(', ')}.\n`);
    return 1;
  }
  const changes = renderChanges(
    loaded.config.name ?? loaded.policy.title,
    loaded.id,
    { id: from.info.id, data: from.data, prose: from.prose, text: from.markdown },
    { id: to.info.id, data: to.data, prose: to.prose, text: to.markdown, ...(to.tier ? { tier: to.tier } : {}), ...(to.summary ? { summary: to.summary } : {}) },
    templates,
  );
  const output = { text: changes.text, md: changes.markdown, html: changes.html ?? '', json: changes.json }[options.format as (typeof FORMATS)[number]];
  io.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
  return 0;
}
