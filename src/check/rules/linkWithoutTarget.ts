import { excerpt, findInText } from '../findInText.ts';
import type { Finding, Rule, TextBlock } from '../rule.ts';
import type { Policy } from '../../model/schema.ts';

// "here" used as link text: after a verb of following a link, or the tell-tale "at here".
const DANGLING_HERE = /\b(?:click|tap|press|accessed|available|found|viewed|read|see|seen|at|downloaded|obtained|consulted|visit|go)\s+here\b/gi;

/** "Click here" with nothing to click: the link was lost when the text was copied. */
export const linkWithoutTarget: Rule = {
  id: 'link-without-target',
  defaultSeverity: 'warn',
  description: 'Text that points the reader "here" ("click here", "accessed here", "at here") is inside a link.',
  example: '`copy: { text: "Those clauses can be accessed here." }` with no link',
  check({ policy, texts }) {
    const findings: Finding[] = [];
    for (const block of texts) {
      if (becomesLink(policy, block)) continue;
      for (const match of findInText(block, DANGLING_HERE)) {
        if (match.inLink) continue;
        const here = match.offset + match.text.length - 'here'.length;
        findings.push({
          position: block.positionAt(here),
          message: `${block.label} says "${excerpt(block.text, match.offset, match.text.length)}" but "here" links nowhere; expected a link to what it points at.`,
          hint: 'Make it a Markdown link with descriptive text, e.g. "[our cookie policy](https://…)", or remove the pointer.',
        });
      }
    }
    return findings;
  },
};

// The transfers template wraps copy.text in a link when copy.url is set.
function becomesLink(policy: Policy, block: TextBlock): boolean {
  const [section, list, index, field, key] = block.path ?? [];
  if (section !== 'transfers' || list !== 'list' || field !== 'copy' || key !== 'text') return false;
  return policy.transfers.list[index as number]?.copy?.url !== undefined;
}
