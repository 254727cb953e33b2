import type { Nodes } from 'mdast';
import { excerpt } from '../findInText.ts';
import type { Finding, Rule, TextBlock } from '../rule.ts';

/** An opened parenthesis that is never closed ("(ICO ( www.ico.org.uk)") garbles the sentence. */
export const typoBrackets: Rule = {
  id: 'typo-brackets',
  defaultSeverity: 'warn',
  description: 'Round brackets in each text field are balanced.',
  example: 'statement: "…the Information Commissioner’s Office (ICO ( www.ico.org.uk)."',
  check({ texts }) {
    return texts.flatMap((block) => {
      const unmatched = unmatchedBracket(block);
      if (unmatched === undefined) return [];
      const finding: Finding = {
        position: block.positionAt(unmatched.offset),
        message: `Unbalanced "${unmatched.char}" in ${block.label}: "${excerpt(block.text, unmatched.offset, 1, 15)}".`,
        hint: unmatched.char === '(' ? 'Close the bracket, or remove it.' : 'Open the bracket, or remove the stray ")".',
      };
      return [finding];
    });
  },
};

// Walks text nodes only, so Markdown link syntax "[a](b)" is not counted.
function unmatchedBracket(block: TextBlock): { char: string; offset: number } | undefined {
  const open: number[] = [];
  let stray: number | undefined;
  const visit = (node: Nodes): void => {
    if (node.type === 'text') {
      const start = node.position?.start.offset ?? 0;
      const verbatim = block.text.slice(start, node.position?.end.offset) === node.value;
      for (let index = 0; index < node.value.length; index++) {
        const offset = verbatim ? start + index : start;
        if (node.value[index] === '(') open.push(offset);
        else if (node.value[index] === ')') {
          if (open.pop() === undefined) stray ??= offset;
        }
      }
    } else if ('children' in node) {
      for (const child of node.children) visit(child);
    }
  };
  visit(block.tree);
  if (open.length > 0) return { char: '(', offset: open[0]! };
  if (stray !== undefined) return { char: ')', offset: stray };
  return undefined;
}
