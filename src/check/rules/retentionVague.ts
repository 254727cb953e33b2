import { excerpt, findInText } from '../findInText.ts';
import type { Finding, Rule } from '../rule.ts';

const VAGUE = /\b(?:(?:for\s+)?(?:as\s+long\s+as|no\s+longer\s+than)\s+(?:is\s+)?(?:(?:strictly|reasonably)\s+)?(?:necessary|needed|required|appropriate)|as\s+long\s+as\s+we\s+need|for\s+a\s+reasonable\s+(?:period|time))\b/gi;

/** Wording such as "as long as necessary" with no period is no retention period at all. */
export const retentionVague: Rule = {
  id: 'retention-vague',
  defaultSeverity: 'warn',
  description: 'A retention rule without a period does not rest on wording such as "as long as necessary" or "a reasonable period".',
  example: 'retention: [{ id: all, criteria: "As long as necessary to fulfil the purposes." }]',
  check({ policy, texts }) {
    const findings: Finding[] = [];
    policy.retention.forEach((rule, index) => {
      if (rule.period !== undefined) return;
      const fields = ['criteria', 'statement'].map((field) => texts.find((block) => block.label === `retention.${index}.${field}`));
      for (const block of fields) {
        const match = block && findInText(block, VAGUE)[0];
        if (!block || !match) continue;
        findings.push({
          position: block.positionAt(match.offset),
          message: `Retention rule "${rule.id}" says "${excerpt(block.text, match.offset, match.text.length)}" and gives no period; the reader cannot tell how long data is kept.`,
          hint: 'Add `period:` (e.g. P6Y after the end of the contract) or criteria a reader can apply, such as a statutory period.',
        });
        break;
      }
    });
    return findings;
  },
};
