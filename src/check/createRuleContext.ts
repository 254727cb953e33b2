import { locate, type LoadedPolicy, type ParsedYaml } from '../load/index.ts';
import type { Policy } from '../model/schema.ts';
import { collectTextBlocks } from './collectTextBlocks.ts';
import type { RuleContext } from './rule.ts';

/** A loaded policy that passed the schema, which is all the rules ever see. */
export type ValidPolicy = LoadedPolicy & { parsed: ParsedYaml; policy: Policy };

/** Builds what every rule reads: the policy, node positions and the parsed text, computed once. */
export function createRuleContext(loaded: ValidPolicy): RuleContext {
  const { parsed } = loaded;
  return {
    policy: loaded.policy,
    policyFile: parsed.file,
    at: (path, options) => ({ file: parsed.file, ...locate(parsed, path, options) }),
    written: (path) => parsed.document.hasIn(path),
    texts: collectTextBlocks(loaded),
  };
}
