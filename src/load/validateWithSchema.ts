import type { z } from 'zod';
import { createMessage, type Message } from '../model/message.ts';
import { locate, type ParsedYaml } from './parseYaml.ts';

/** Validates parsed YAML against a zod schema; each issue becomes a message at the offending node. */
export function validateWithSchema<T extends z.ZodType>(
  parsed: ParsedYaml,
  schema: T,
): { data?: z.infer<T>; messages: Message[] } {
  // Syntax errors are already reported; validating what is left would only add noise.
  if (parsed.messages.some((m) => m.severity === 'error')) return { messages: [] };
  if (parsed.value === undefined || parsed.value === null) {
    return {
      messages: [createMessage(parsed.file, { line: 1, column: 1 }, 'error', 'file-empty', 'The file is empty.', 'Write the policy as a YAML mapping; see content/policy.schema.json.')],
    };
  }
  const result = schema.safeParse(parsed.value);
  if (result.success) return { data: result.data, messages: [] };
  const messages: Message[] = [];
  for (const issue of result.error.issues) {
    const path = issue.path as PropertyKey[];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        messages.push(
          createMessage(
            parsed.file,
            locate(parsed, path, { key }),
            'error',
            'schema-unknown-key',
            `Unknown key "${key}"${where(path)}.`,
            'Remove it or correct its spelling; content/policy.schema.json lists the keys allowed here.',
          ),
        );
      }
      continue;
    }
    const missing = issue.code === 'invalid_type' && !hasPath(parsed.value, path);
    messages.push(
      createMessage(
        parsed.file,
        missing ? locate(parsed, path.slice(0, -1)) : locate(parsed, path),
        'error',
        missing ? 'schema-missing-field' : issue.code === 'invalid_type' ? 'schema-type' : 'schema-invalid',
        missing ? `Missing required field "${String(path.at(-1))}"${where(path.slice(0, -1))}.` : `${capitalise(issue.message)}${where(path)}.`,
        missing ? `Add "${String(path.at(-1))}".` : undefined,
      ),
    );
  }
  return { messages };
}

function hasPath(value: unknown, path: readonly PropertyKey[]): boolean {
  let node = value;
  for (const step of path) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, step)) return false;
    node = (node as Record<PropertyKey, unknown>)[step];
  }
  return true;
}

function where(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '' : ` at ${path.map(String).join('.')}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
