export { checkPolicy, resolveSeverity } from './checkPolicy.ts';
export { RULES } from './rules/index.ts';
export { renderRulesTable } from './renderRulesTable.ts';
export type { Finding, Position, Rule, RuleContext, TextBlock, YamlPath } from './rule.ts';
