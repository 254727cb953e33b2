import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { createMessage, type Message } from '../model/message.ts';

/** A YAML file parsed with the node ranges kept, so later stages can point at a line and column. */
export interface ParsedYaml {
  file: string;
  value: unknown;
  document: Document.Parsed;
  lineCounter: LineCounter;
  messages: Message[];
}

/** Aliases a document may expand; a billion-laughs file hits this long before memory does. */
const MAX_ALIAS_COUNT = 100;

/** Syntax errors reported per file; one broken bracket can cascade into thousands of follow-on errors. */
const MAX_SYNTAX_ERRORS = 10;

/** Parses YAML text without touching the filesystem; syntax problems become messages, not exceptions. */
export function parseYaml(text: string, file: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const messages: Message[] = [];
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  // Nesting too deep for the parser's stack: every other error is a consequence, so report this one alone.
  const exhausted = document.errors.find((error) => error.code === 'RESOURCE_EXHAUSTION');
  if (exhausted) {
    messages.push(
      createMessage(file, at(exhausted.pos[0]), 'error', 'yaml-too-deep', 'The YAML nests too deeply to be read.', 'Check for unclosed [ or { brackets; a notice never needs more than a few levels.'),
    );
  }
  const errors = exhausted ? [] : document.errors;
  for (const error of errors.slice(0, MAX_SYNTAX_ERRORS)) {
    const ruleId = error.code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : 'yaml-syntax';
    messages.push(createMessage(file, at(error.pos[0]), 'error', ruleId, firstLine(error.message), 'Fix the YAML syntax at this position.'));
  }
  if (errors.length > MAX_SYNTAX_ERRORS) {
    const rest = errors[MAX_SYNTAX_ERRORS]!;
    messages.push(
      createMessage(file, at(rest.pos[0]), 'error', 'yaml-syntax', `${errors.length - MAX_SYNTAX_ERRORS} more YAML errors follow from here; fix the ones above first.`),
    );
  }
  for (const warning of document.warnings) {
    const pos = lineCounter.linePos(warning.pos[0]);
    messages.push(createMessage(file, { line: pos.line, column: pos.col }, 'warning', 'yaml-warning', firstLine(warning.message)));
  }
  let value: unknown;
  if (messages.every((m) => m.severity !== 'error')) {
    try {
      value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      messages.push(
        createMessage(
          file,
          { line: 1, column: 1 },
          'error',
          'yaml-alias-limit',
          `YAML aliases expand beyond ${MAX_ALIAS_COUNT} nodes: ${firstLine((error as Error).message)}`,
          'Write the repeated values out instead of nesting aliases.',
        ),
      );
    }
  }
  return { file, value, document, lineCounter, messages };
}

/** Finds the position of the node at `path` (or of its key when `key` is set), falling back to the nearest ancestor. */
export function locate(
  parsed: Pick<ParsedYaml, 'document' | 'lineCounter'>,
  path: readonly PropertyKey[],
  options: { key?: string } = {},
): { line: number; column: number } {
  let node: unknown = parsed.document.contents;
  let found: Node | undefined = isNode(node) ? node : undefined;
  const steps = options.key === undefined ? path : [...path, options.key];
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index];
    const wantKey = options.key !== undefined && index === steps.length - 1;
    const next = childOf(node, step, wantKey);
    if (next === undefined) break;
    node = next;
    found = next;
  }
  const offset = found?.range?.[0] ?? 0;
  const pos = parsed.lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

function childOf(node: unknown, step: PropertyKey | undefined, wantKey: boolean): Node | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === String(step)) {
        const target = wantKey ? pair.key : pair.value;
        return isNode(target) ? target : isNode(pair.key) ? pair.key : undefined;
      }
    }
    return undefined;
  }
  if (isSeq(node) && typeof step === 'number') {
    const item = node.items[step];
    return isNode(item) ? item : undefined;
  }
  return undefined;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}
