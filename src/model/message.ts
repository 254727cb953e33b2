/** Severity of a content problem; only errors stop a build. */
export type Severity = 'error' | 'warning' | 'info';

/** A problem found in a user's content, located in the file it came from (in the manner of vfile-message). */
export interface Message {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  message: string;
  ruleId: string;
  /** How to fix it, in one sentence. */
  hint?: string;
}

/** Builds a message; position defaults to the start of the file. */
export function createMessage(
  file: string,
  position: { line: number; column: number } | undefined,
  severity: Severity,
  ruleId: string,
  message: string,
  hint?: string,
): Message {
  return {
    file,
    line: position?.line ?? 1,
    column: position?.column ?? 1,
    severity,
    message,
    ruleId,
    ...(hint === undefined ? {} : { hint }),
  };
}

/** Orders messages by file, position and rule so output is stable. */
export function sortMessages(messages: readonly Message[]): Message[] {
  return [...messages].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.message.localeCompare(b.message),
  );
}

/** True when any message is an error. */
export function hasErrors(messages: readonly Message[]): boolean {
  return messages.some((m) => m.severity === 'error');
}
