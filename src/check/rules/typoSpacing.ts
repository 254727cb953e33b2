import { excerpt, findInText } from '../findInText.ts';
import type { Finding, Rule } from '../rule.ts';

// A full stop run into the next sentence ("Policy.Therefore"), or a list run together ("name;date").
const RUN_TOGETHER = /(?<=[a-z]{2})\.(?=[A-Z][a-z])|(?<=[a-z]);(?=[a-z])/g;

/** Cheap and real: missing spaces that survived into the published notice. */
export const typoSpacing: Rule = {
  id: 'typo-spacing',
  defaultSeverity: 'warn',
  description: 'A full stop or semicolon is followed by a space: "Policy.Therefore" and "name;date" are typos.',
  example: 'intro: ["…described in this Policy.Therefore, please read…"]',
  check({ texts }) {
    const findings: Finding[] = [];
    for (const block of texts) {
      // Link text is often a name or an address, where "Acme.Com" may be deliberate.
      for (const match of findInText(block, RUN_TOGETHER).filter((candidate) => !candidate.inLink)) {
        findings.push({
          position: block.positionAt(match.offset),
          message: `Missing space after "${match.text}" in ${block.label}: "${excerpt(block.text, match.offset, 1, 12)}".`,
          hint: `Add a space after the "${match.text}".`,
        });
      }
    }
    return findings;
  },
};
