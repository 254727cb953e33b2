import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPolicy } from '../load/index.ts';
import { checkPolicy } from './checkPolicy.ts';
import { RULES } from './rules/index.ts';
import { FIXTURES, loadPolicyFromYaml, policyYaml } from './testing/buildPolicy.ts';

const gappy = policyYaml({
  dpo: null,
  automatedDecisions: null,
  purposes: 'purposes:\n  - { id: orders, description: To fulfil your orders., categories: [contact-details] }',
});
const summary = (messages: ReturnType<typeof checkPolicy>) => messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.ruleId}`);

describe('checkPolicy', () => {
  it('reports every finding at once, sorted by position, at each rule\'s default severity', () => {
    expect(summary(checkPolicy(loadPolicyFromYaml(gappy)))).toEqual([
      '4:1 info dpo-statement',
      '19:5 warning purpose-has-basis',
      '27:1 warning automated-decisions-statement',
    ]);
  });

  it('lets config turn a rule off, raise it to error or lower it to info', () => {
    const loaded = loadPolicyFromYaml(gappy, { rules: { 'dpo-statement': 'off', 'purpose-has-basis': 'error', 'automated-decisions-statement': 'info' } });
    expect(summary(checkPolicy(loaded))).toEqual(['19:5 error purpose-has-basis', '27:1 info automated-decisions-statement']);
  });

  it('reads rule settings from the policy\'s config.yaml and warns about unknown rule ids', async () => {
    const loaded = await readPolicy(FIXTURES, 'config-overrides');
    expect(loaded.messages).toEqual([]);
    const messages = checkPolicy(loaded);
    expect(messages.map((m) => [path.basename(m.file), m.line, m.column, m.severity, m.ruleId])).toEqual([
      ['config.yaml', 5, 3, 'warning', 'config-unknown-rule'],
      ['policy.yaml', 5, 1, 'warning', 'dpo-statement'],
      ['policy.yaml', 17, 5, 'error', 'purpose-has-basis'],
    ]);
    expect(messages[0]!.message).toBe('config.yaml sets rule "purpose-has-bases", which does not exist; the setting has no effect.');
    expect(messages[0]!.hint).toContain('"purpose-has-basis"');
  });

  it('returns nothing for a policy the schema rejected, since the loader has reported why', () => {
    const loaded = loadPolicyFromYaml(policyYaml());
    expect(checkPolicy({ ...loaded, policy: undefined })).toEqual([]);
  });

  it('finds nothing in the minimal fixture, read from disk like real content', async () => {
    const loaded = await readPolicy(FIXTURES, 'minimal');
    expect([...loaded.messages, ...checkPolicy(loaded)]).toEqual([]);
  });
});

describe('RULES', () => {
  it('has unique kebab-case ids, a description, a one-line example and a test file for each rule', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    const tests = new Set(readdirSync(new URL('./rules/', import.meta.url)).filter((name) => name.endsWith('.test.ts')));
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(rule.description.length).toBeGreaterThan(20);
      expect(rule.example).not.toMatch(/\n/);
      const file = `${rule.id.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())}.test.ts`;
      expect(tests, `${rule.id} needs ${file}`).toContain(file);
    }
  });
});
