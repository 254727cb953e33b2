import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRulesTable, withRulesTable } from './renderRulesTable.ts';
import { RULES } from './rules/index.ts';
import { RULES_TABLE_FILES } from './writeRulesDoc.ts';

describe('the rules tables in src/check/README.md and README.md', () => {
  it.each(RULES_TABLE_FILES)('%s lists every rule as RULES defines it (run `npx tsx src/check/writeRulesDoc.ts` when this fails)', (file) => {
    const readme = readFileSync(file, 'utf8');
    expect(readme).toBe(withRulesTable(readme, RULES));
    for (const rule of RULES) expect(readme).toContain(`| \`${rule.id}\` | ${rule.defaultSeverity} |`);
  });

  it('renders one row per rule and refuses a README without markers', () => {
    expect(renderRulesTable(RULES).split('\n')).toHaveLength(RULES.length + 2);
    expect(() => withRulesTable('# no table here\n', RULES)).toThrow(/no rules table markers/);
  });
});
