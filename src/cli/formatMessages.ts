import type { Message } from '../model/message.ts';

/** Formats messages one per line as `path:line:col severity message rule-id`, with the fix hint indented below. */
export function formatMessages(messages: readonly Message[]): string {
  return messages
    .map((m) => `${m.file}:${m.line}:${m.column} ${m.severity} ${m.message} ${m.ruleId}${m.hint ? `\n  hint: ${m.hint}` : ''}\n`)
    .join('');
}

/** One line counting errors, warnings and infos. */
export function summariseMessages(messages: readonly Message[]): string {
  const count = (severity: Message['severity']) => messages.filter((m) => m.severity === severity).length;
  return `${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info\n`;
}
