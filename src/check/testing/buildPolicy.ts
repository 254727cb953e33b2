import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseYaml, validateWithSchema, type LoadedPolicy } from '../../load/index.ts';
import { PolicyConfigSchema, type RuleSettingValue } from '../../model/config.ts';
import type { Message } from '../../model/message.ts';
import { PolicySchema } from '../../model/schema.ts';
import { checkPolicy } from '../checkPolicy.ts';

/** Folder of the check fixtures. */
export const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/check/', import.meta.url));

/** File name the in-memory test policies report positions in. */
export const TEST_FILE = 'policy.yaml';

const MINIMAL = readFileSync(`${FIXTURES}minimal/policy.yaml`, 'utf8');

/** The minimal clean policy with top-level sections replaced (YAML text starting with `key:`) or removed (null). */
export function policyYaml(sections: Record<string, string | null> = {}): string {
  const chunks = new Map<string, string>();
  let key = '';
  for (const line of MINIMAL.trimEnd().split('\n')) {
    const top = /^([A-Za-z$][\w$]*):/.exec(line);
    if (top) key = top[1]!;
    chunks.set(key, chunks.has(key) ? `${chunks.get(key)}\n${line}` : line);
  }
  for (const [name, text] of Object.entries(sections)) {
    if (text === null) chunks.delete(name);
    else chunks.set(name, dedent(text));
  }
  return `${[...chunks.values()].join('\n')}\n`;
}

/** Parses and validates a policy held in memory, as readPolicy would; throws if the YAML is not a valid policy. */
export function loadPolicyFromYaml(
  yaml: string,
  options: { rules?: Record<string, RuleSettingValue>; prose?: Record<string, { file: string; text: string }> } = {},
): LoadedPolicy {
  const parsed = parseYaml(yaml, TEST_FILE);
  const result = validateWithSchema(parsed, PolicySchema);
  const messages = [...parsed.messages, ...result.messages];
  if (result.data === undefined || messages.length > 0) {
    throw new Error(`Test policy is not valid: ${messages.map((m) => `${m.line}:${m.column} ${m.message}`).join('; ')}`);
  }
  return {
    id: 'test',
    dir: '.',
    policyFile: TEST_FILE,
    parsed,
    policy: result.data,
    config: PolicyConfigSchema.parse({ rules: options.rules ?? {} }),
    prose: options.prose ?? {},
    templateOverrides: {},
    releases: [],
    changeNotes: [],
    messages: [],
  };
}

/** 1-based line and column of the nth occurrence (from 0) of `needle` in `text`; throws when absent. */
export function positionOf(text: string, needle: string, nth = 0): { line: number; column: number } {
  let offset = -1;
  for (let index = 0; index <= nth; index++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`"${needle}" occurs fewer than ${nth + 1} times in the test text.`);
  }
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

function dedent(text: string): string {
  const lines = text.replace(/^\n/, '').trimEnd().split('\n');
  const indent = Math.min(...lines.filter((line) => line.trim() !== '').map((line) => /^ */.exec(line)![0].length));
  return lines.map((line) => line.slice(indent)).join('\n');
}

/** Messages of one rule for a policy held in memory. */
export function messagesOf(ruleId: string, yaml: string, options: Parameters<typeof loadPolicyFromYaml>[1] = {}): Message[] {
  return checkPolicy(loadPolicyFromYaml(yaml, options)).filter((message) => message.ruleId === ruleId);
}

/** Where a message points, for comparing with positionOf. */
export function where(message: Message | undefined): { line: number; column: number } | undefined {
  return message && { line: message.line, column: message.column };
}
