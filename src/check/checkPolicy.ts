import path from 'node:path';
import { locate, type LoadedPolicy } from '../load/index.ts';
import type { RuleSettingValue } from '../model/config.ts';
import { createMessage, sortMessages, type Message, type Severity } from '../model/message.ts';
import { createRuleContext } from './createRuleContext.ts';
import type { Rule } from './rule.ts';
import { RULES } from './rules/index.ts';

/**
 * Runs every lint rule on a policy that passed the schema and returns all findings at once, sorted.
 * Pure: reads nothing from disk. A policy without a validated model yields no messages (the loader
 * has already reported why).
 */
export function checkPolicy(loaded: LoadedPolicy, rules: readonly Rule[] = RULES): Message[] {
  const { parsed, policy } = loaded;
  if (parsed === undefined || policy === undefined) return [];
  const context = createRuleContext({ ...loaded, parsed, policy });
  const messages: Message[] = [];
  for (const rule of rules) {
    const severity = resolveSeverity(rule, loaded.config.rules[rule.id]);
    if (severity === undefined) continue;
    for (const finding of rule.check(context)) {
      messages.push(createMessage(finding.position.file, finding.position, severity, rule.id, finding.message, finding.hint));
    }
  }
  messages.push(...checkRuleSettings(loaded, rules));
  return sortMessages(messages);
}

/** The severity a rule reports at under a policy's config, or undefined when it is off. */
export function resolveSeverity(rule: Rule, setting: RuleSettingValue | undefined): Severity | undefined {
  const level = setting ?? rule.defaultSeverity;
  if (level === 'off') return undefined;
  return level === 'warn' ? 'warning' : level;
}

// A misspelt rule id in config.yaml would otherwise be ignored without a word.
function checkRuleSettings(loaded: LoadedPolicy, rules: readonly Rule[]): Message[] {
  const known = new Set(rules.map((rule) => rule.id));
  const configFile = path.join(loaded.dir, 'config.yaml');
  return Object.keys(loaded.config.rules)
    .filter((id) => !known.has(id))
    .map((id) =>
      createMessage(
        loaded.configParsed?.file ?? configFile,
        loaded.configParsed ? locate(loaded.configParsed, ['rules'], { key: id }) : undefined,
        'warning',
        'config-unknown-rule',
        `config.yaml sets rule "${id}", which does not exist; the setting has no effect.`,
        `Use one of the rule ids in src/check/README.md, e.g. "${closest(id, [...known])}".`,
      ),
    );
}

function closest(id: string, ids: string[]): string {
  const score = (other: string) => [...new Set(id.split('-'))].filter((word) => other.split('-').includes(word)).length;
  return [...ids].sort((a, b) => score(b) - score(a) || a.localeCompare(b))[0] ?? '';
}
