import { isScalar, type Scalar } from 'yaml';
import type { LoadedPolicy } from '../load/index.ts';
import { locate, type ParsedYaml } from '../load/index.ts';
import { parseMarkdown } from './parseMarkdown.ts';
import type { Position, TextBlock, YamlPath } from './rule.ts';

// Keys whose strings are ids, enum values, file paths, URLs or contact values: not prose a reader sees as text.
const NON_TEXT_KEYS = new Set([
  '$schema', 'id', 'kind', 'basis', 'bases', 'mechanism', 'period', 'file', 'after', 'locale', 'url', 'policyUrl',
  'categories', 'sources', 'legitimateInterests', 'separator', 'value', 'number', 'postcode', 'country', 'condition',
]);

/** Every text field of the policy and every prose file, each parsed as Markdown, in document order. */
export function collectTextBlocks(loaded: LoadedPolicy & { parsed: ParsedYaml }): TextBlock[] {
  const blocks: TextBlock[] = [];
  walk(loaded.policy, [], undefined, (path, text) => blocks.push(yamlBlock(loaded.parsed, path, text)));
  for (const section of loaded.policy?.prose ?? []) {
    const source = loaded.prose[section.id];
    if (source !== undefined) blocks.push(proseBlock(source.file, source.text));
  }
  return blocks;
}

function walk(value: unknown, path: (string | number)[], key: string | undefined, visit: (path: YamlPath, text: string) => void): void {
  if (typeof value === 'string') {
    if (key === undefined || !NON_TEXT_KEYS.has(key)) visit(path, value);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, [...path, index], key, visit));
  } else if (typeof value === 'object' && value !== null) {
    for (const [name, child] of Object.entries(value)) walk(child, [...path, name], name, visit);
  }
}

function yamlBlock(parsed: ParsedYaml, path: YamlPath, text: string): TextBlock {
  const start = locate(parsed, path);
  const file = parsed.file;
  const inner = innerOffset(parsed, path, text);
  return {
    label: path.join('.'),
    path,
    file,
    text,
    tree: parseMarkdown(text),
    positionAt(offset) {
      if (inner === undefined) return { file, ...start };
      const pos = parsed.lineCounter.linePos(inner + offset);
      return { file, line: pos.line, column: pos.col };
    },
  };
}

/**
 * Source offset of the first character of a scalar's value, when the value is the source text
 * verbatim (one line, no escapes, no folding); otherwise positions fall back to the node's start.
 */
function innerOffset(parsed: ParsedYaml, path: YamlPath, text: string): number | undefined {
  const node = parsed.document.getIn(path, true);
  if (!isScalar(node) || node.range === undefined || node.range === null) return undefined;
  const [start, valueEnd] = node.range;
  const quote = quoteWidth(node);
  if (quote === undefined) return undefined;
  const sameLine = parsed.lineCounter.linePos(start).line === parsed.lineCounter.linePos(valueEnd).line;
  return sameLine && valueEnd - start === text.length + 2 * quote ? start + quote : undefined;
}

function quoteWidth(node: Scalar): number | undefined {
  if (node.type === 'PLAIN') return 0;
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') return 1;
  return undefined;
}

function proseBlock(file: string, text: string): TextBlock {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) if (text[index] === '\n') lineStarts.push(index + 1);
  return {
    label: file,
    path: undefined,
    file,
    text,
    tree: parseMarkdown(text),
    positionAt(offset): Position {
      let line = lineStarts.length - 1;
      while (line > 0 && lineStarts[line]! > offset) line--;
      return { file, line: line + 1, column: offset - lineStarts[line]! + 1 };
    },
  };
}
