import type { Root } from 'mdast';
import type { Policy } from '../model/schema.ts';

/** A place in a content file, 1-based. */
export interface Position {
  file: string;
  line: number;
  column: number;
}

/** One problem a rule found; the rule id and severity are added by `checkPolicy`. */
export interface Finding {
  position: Position;
  /** What was found and what is expected. */
  message: string;
  /** How to fix it, in one sentence. */
  hint: string;
}

/** A YAML path, as zod and the yaml package spell it: keys and sequence indexes. */
export type YamlPath = readonly (string | number)[];

/** A piece of Markdown text from the policy, with its parsed tree and a way back to file positions. */
export interface TextBlock {
  /** Where the text lives, for messages: a YAML path such as "purposes.3.description", or the prose file. */
  label: string;
  /** The YAML path of the field; undefined for prose files. */
  path: YamlPath | undefined;
  file: string;
  text: string;
  tree: Root;
  /** Position of a character offset within `text`. */
  positionAt(offset: number): Position;
}

/** What a rule sees: the validated policy, positions of its YAML nodes, and all its text. */
export interface RuleContext {
  policy: Policy;
  policyFile: string;
  /** Position of the node at `path` (or of its key), falling back to the nearest ancestor that exists. */
  at(path: YamlPath, options?: { key?: string }): Position;
  /** Whether the editor wrote the node at `path`, as opposed to a schema default filling it in. */
  written(path: YamlPath): boolean;
  /** Every Markdown text field of the policy and every prose file, in document order. */
  texts: readonly TextBlock[];
}

/** A lint rule: data about the rule plus a pure check. */
export interface Rule {
  /** Stable kebab-case id, used in messages and in `config.yaml` `rules:`. */
  id: string;
  defaultSeverity: 'error' | 'warn' | 'info';
  /** What the rule checks, in one sentence. */
  description: string;
  /** One line of content that triggers it. */
  example: string;
  check(context: RuleContext): Finding[];
}
